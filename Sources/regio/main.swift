import RegioCLI

await RegioCommand.main()
