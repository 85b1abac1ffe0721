import CSV

/// Figures delivered as a CSV file beside a factsheet (`cijferbestand: meldingen.csv`), as statisticians
/// export them: one figure per row, a header row naming the columns. CSV.swift reads the records; this
/// file knows what they mean and where each one stands in the file, so that every problem is reported
/// at its line.
///
/// - Delimiter: `;` when the header has one (Dutch Excel), else `,`. With `;` numbers are Dutch
///   (`1.234,5`); with `,` they are written `1234.5`.
/// - Columns: `label`, `waarde`, `jaar` required; `eenheid`, `gemeente`, `id`, `toelichting` optional.
enum FigureTable {
    static let columns = ["id", "label", "waarde", "eenheid", "jaar", "gemeente", "toelichting"]
    static let required = ["label", "waarde", "jaar"]

    /// A record and the line of the file it starts on.
    struct Record {
        let line: Int
        let fields: [String]
    }

    static func decode(_ file: SourceFile, _ diagnostics: inout [Diagnostic]) -> [Figure] {
        let text = file.text
        if let line = unclosedQuote(in: text) {
            diagnostics.append(Diagnostic(.csvSyntax, "het aanhalingsteken op deze regel wordt niet gesloten", at: SourceLocation(file: file.path, line: line),
                                          fixIt: "sluit het veld af met `\"`; een `\"` binnen een veld schrijft u dubbel: `\"\"`"))
            return []
        }
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r" }
        let delimiter: UnicodeScalar = firstLine.contains(";") ? ";" : ","
        let records = self.records(text, delimiter: delimiter)
        guard let header = records.first else {
            diagnostics.append(Diagnostic(.csvSyntax, "het cijferbestand is leeg", at: SourceLocation(file: file.path),
                                          fixIt: "zet op de eerste regel de kolommen, zoals `label;waarde;eenheid;jaar;gemeente`"))
            return []
        }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var problems: [Diagnostic] = []
        for name in names where !columns.contains(name) {
            problems.append(Diagnostic(.unknownKey, "onbekende kolom `\(name)`", at: SourceLocation(file: file.path, line: header.line),
                                       notes: ["kolommen: " + columns.joined(separator: ", ")],
                                       fixIt: KeySuggestion.suggestion(for: name, among: columns).map { "bedoelde u `\($0)`?" }))
        }
        for name in required where !names.contains(name) {
            problems.append(Diagnostic(.missingField, "de kolom `\(name)` ontbreekt", at: SourceLocation(file: file.path, line: header.line),
                                       fixIt: "voeg een kolom `\(name)` toe aan de eerste regel"))
        }
        diagnostics += problems
        guard problems.isEmpty else { return [] }
        guard records.count > 1 else {
            diagnostics.append(Diagnostic(.invalidValue, "het cijferbestand heeft alleen een kopregel en geen cijfers", at: SourceLocation(file: file.path, line: header.line),
                                          fixIt: "zet onder de kopregel één regel per cijfer"))
            return []
        }
        return records.dropFirst().compactMap { record in
            figure(record, names: names, file: file.path, dutchNumbers: delimiter == ";", &diagnostics)
        }
    }

    private static func figure(_ record: Record, names: [String], file: String, dutchNumbers: Bool, _ diagnostics: inout [Diagnostic]) -> Figure? {
        let location = SourceLocation(file: file, line: record.line)
        guard record.fields.count == names.count else {
            diagnostics.append(Diagnostic(.csvSyntax, "deze regel heeft \(record.fields.count) velden, de kopregel \(names.count)", at: location,
                                          fixIt: "zet een veld dat \(dutchNumbers ? "`;`" : "`,`") bevat tussen aanhalingstekens, of vul lege velden aan"))
            return nil
        }
        var row: [String: String] = [:]
        for (name, field) in zip(names, record.fields) {
            let value = field.trimmingCharacters(in: .whitespaces)
            if !value.isEmpty { row[name] = value }
        }
        var valid = true
        func problem(_ message: String, fixIt: String? = nil) {
            diagnostics.append(Diagnostic(.invalidValue, message, at: location, fixIt: fixIt))
            valid = false
        }
        for name in required where row[name] == nil { problem("kolom `\(name)` is leeg") }
        let value = row["waarde"].flatMap { number($0, dutch: dutchNumbers) }
        if let text = row["waarde"], value == nil {
            problem("`\(text)` in kolom `waarde` is geen getal", fixIt: dutchNumbers ? "schrijf een getal als `1234` of `1.234,5`" : "schrijf een getal als `1234` of `1234.5`")
        }
        let year = row["jaar"].flatMap { Int($0) }
        if let text = row["jaar"], year == nil { problem("`\(text)` in kolom `jaar` is geen jaartal") }
        let municipality = row["gemeente"].flatMap(GemeenteCode.init)
        if let text = row["gemeente"], municipality == nil { problem("`\(text)` in kolom `gemeente` is geen CBS-gemeentecode", fixIt: "schrijf GM en vier cijfers, zoals GM0518") }
        let id = row["id"].flatMap { Slug($0)?.value }
        if let text = row["id"], id == nil { problem("`\(text)` in kolom `id` is geen geldige id", fixIt: "gebruik kleine letters, cijfers en koppeltekens") }
        guard valid, let label = row["label"], let value, let year else { return nil }
        return Figure(id: id, label: label, value: value, unit: row["eenheid"], year: year, municipality: municipality,
                      note: row["toelichting"], source: nil, location: location,
                      valueLocation: location, yearLocation: location, municipalityLocation: municipality.map { _ in location })
    }

    /// `1.234,5` (Dutch, with `;` files) or `1234.5`; thousands dots must group by three.
    static func number(_ text: String, dutch: Bool) -> FigureValue? {
        guard dutch else { return FigureValue(text) }
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return nil }
        let groups = parts[0].split(separator: ".", omittingEmptySubsequences: false)
        guard groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        return FigureValue(groups.joined() + (parts.count == 2 ? "." + parts[1] : ""))
    }

    /// The records with the line each starts on: a record spans as many lines as its fields hold
    /// line breaks. Blank lines are skipped.
    static func records(_ text: String, delimiter: UnicodeScalar) -> [Record] {
        guard let reader = try? CSVReader(string: text, hasHeaderRow: false, delimiter: delimiter) else { return [] }
        var records: [Record] = []
        var line = 1
        while let fields = reader.next() {
            if fields != [""] { records.append(Record(line: line, fields: fields)) }
            line += 1 + fields.reduce(0) { $0 + lineBreaks(in: $1) }
        }
        return records
    }

    private static func lineBreaks(in field: String) -> Int {
        // A Swift Character holds "\r\n" as one, so counting characters counts each break once.
        field.filter { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }.count
    }

    /// The line of a quoted field that never closes, which CSV.swift would silently read to the end
    /// of the file. Follows the quoting rules only: `"` opens a field at its start, `""` inside is a quote.
    static func unclosedQuote(in text: String) -> Int? {
        var line = 1, openedOn = 0, inQuotes = false, atFieldStart = true
        var characters = text.makeIterator()
        var pending = characters.next()
        while let character = pending {
            pending = characters.next()
            if inQuotes {
                if character == "\"" {
                    if pending == "\"" { pending = characters.next() } else { inQuotes = false }
                }
            } else if character == "\"", atFieldStart {
                inQuotes = true
                openedOn = line
            }
            if character == "\n" || character == "\r" || character == "\r\n" { line += 1 }
            atFieldStart = !inQuotes && (character == ";" || character == "," || character == "\n" || character == "\r" || character == "\r\n")
        }
        return inQuotes ? openedOn : nil
    }
}

extension FigureTable {
    /// Reads the CSV file of every factsheet that names one and adds its figures to the factsheet.
    /// The files read are returned too, so that a diagnostic can show its line, and the factsheets
    /// whose figure file is missing or has an error: some of their figures are not known.
    static func attach(to documents: [Document], from content: any ContentFileSystem, files: Set<String>, _ diagnostics: inout [Diagnostic])
        -> (documents: [Document], read: [SourceFile], incomplete: Set<String>) {
        var read: [SourceFile] = []
        var incomplete: Set<String> = []
        let attached = documents.map { document -> Document in
            guard case var .factsheet(details) = document.details, let named = details.figureFile else { return document }
            let before = diagnostics.count
            defer {
                if diagnostics[before...].contains(where: { $0.severity == .error }) { incomplete.insert(document.file) }
            }
            guard let path = LinkTarget.resolve(named.value, from: document.file), files.contains(path), path.hasSuffix(".csv") else {
                diagnostics.append(Diagnostic(.brokenLink, "het cijferbestand `\(named.value)` bestaat niet naast de factsheet", at: named.location,
                                              fixIt: "zet een .csv-bestand in dezelfde map en noem het hier, zoals `cijferbestand: meldingen.csv`"))
                return document
            }
            guard let file = ContentLoader.read(path, from: content, into: &diagnostics) else { return document }
            read.append(file)
            details.figures += decode(file, &diagnostics)
            return document.with(.factsheet(details))
        }
        return (attached, read, incomplete)
    }
}
