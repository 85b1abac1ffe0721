import RegioCLI

await RegioCommand.runAsRoot()
