/// The catalogue of every diagnostic Regio gives. A code is stable: CI scripts and `regio uitleg` rely on it.
/// Adding a code means adding a case here and its text in `DiagnosticCode+Explanation.swift`.
public enum DiagnosticCode: String, Sendable, CaseIterable, Codable {
    // Reading files
    case unreadableFile = "bestand-onleesbaar"
    case notUTF8 = "geen-utf8"
    case fileTooLarge = "bestand-te-groot"
    case controlCharacter = "stuurteken"
    case conflictMarker = "conflictmarkering"
    case symbolicLink = "symbolische-link"
    case notADocument = "geen-md-bestand"
    case unusedFile = "bestand-niet-gebruikt"
    case missingSiteFile = "site-yaml-ontbreekt"
    case missingRegionFile = "regio-yaml-ontbreekt"
    case misplacedDocument = "document-op-verkeerde-plek"

    // Front matter and YAML
    case missingFrontMatter = "front-matter-ontbreekt"
    case unclosedFrontMatter = "front-matter-niet-gesloten"
    case yamlSyntax = "yaml-syntaxfout"
    case csvSyntax = "csv-fout"
    case duplicateKey = "dubbele-sleutel"
    case yamlAnchor = "yaml-anker"
    case valueComment = "opmerking-na-waarde"
    case curlyQuotes = "gekrulde-aanhalingstekens"
    case templatePlaceholder = "voorbeeldtekst"

    // Schema
    case unknownKey = "onbekende-sleutel"
    case wrongType = "verkeerd-type"
    case missingField = "verplicht-veld-ontbreekt"
    case invalidValue = "ongeldige-waarde"
    case ambiguousNumber = "getal-met-twee-lezingen"
    case figureAfterReferenceYear = "cijfer-na-peiljaar"
    case duplicateFigure = "dubbel-cijfer"
    case implausibleFigure = "onwaarschijnlijk-cijfer"
    case invalidDate = "ongeldige-datum"
    case invalidPath = "ongeldig-pad"
    case outputCollision = "dubbel-uitvoerpad"

    // The model
    case regionMismatch = "regio-klopt-niet-met-map"
    case municipalityMismatch = "gemeente-klopt-niet-met-map"
    case unknownMunicipality = "onbekende-gemeente"
    case municipalityInTwoRegions = "gemeente-in-twee-regios"
    case duplicateMunicipality = "dubbele-gemeente"
    case invalidPeriod = "ongeldige-periode"
    case reservedName = "gereserveerde-naam"

    // References between documents
    case unknownReference = "verwijzing-naar-onbekend-document"
    case wrongReferenceType = "verwijzing-naar-verkeerd-type"
    case planOutsideVision = "periode-buiten-regiovisie"
    case overlappingPlans = "plannen-overlappen"
    case overlappingVisions = "regiovisies-overlappen"
    case missingPrevious = "vorige-ontbreekt"
    case visionGap = "gat-tussen-regiovisies"
    case conceptWithAdoptionDate = "concept-met-vaststellingsdatum"
    case referenceToConcept = "verwijzing-naar-concept"
    case nameDisagreesWithPeriod = "naam-noemt-andere-periode"
    case brokenLink = "link-naar-onbekend-bestand"
    case brokenAnchor = "link-naar-onbekende-kop"
    case unknownFigure = "onbekend-cijfer"
    case figureTextReplaced = "linktekst-wordt-cijfer"
    case noCurrentVision = "geldende-regiovisie"

    // The legal-framework checklist (kaders.yaml) and how documents use it
    case unknownFramework = "onbekend-kader"
    case lapsedFramework = "kader-vervallen"
    case unknownTheme = "onbekend-thema"
    case unknownIndicator = "onbekende-indicator"
    case unknownEvidence = "onbekend-bewijs"
    case duplicateID = "dubbele-id"
    case invalidValidity = "ongeldige-geldigheid"
    case overlappingRequirements = "eisen-overlappen"
    case unknownRequirement = "onbekende-eis"
    case needlessWaiver = "overbodige-uitzondering"
    /// The kind of every finding about an unmet requirement; the finding itself carries the requirement's id.
    case requirementNotMet = "eis-niet-gedekt"

    // The theme
    case templateSyntax = "sjabloonfout"
    case incompleteTheme = "thema-onvolledig"
    /// `{{titl}}`: a name no page has, which Mustache draws as nothing.
    case unknownTemplateName = "onbekende-sjabloonnaam"

    // Markdown that CommonMark does not support
    case pipeTable = "tabel-niet-ondersteund"
    case taskList = "takenlijst-niet-ondersteund"
    case strikethrough = "doorhalen-niet-ondersteund"
    case bodyTitle = "titel-in-tekst"
    case emptySection = "lege-kop"
    case duplicateHeading = "dubbele-kop"
    /// A heading that counts for a requirement by its first words, with a typo in the rest.
    case headingTypo = "kop-met-tikfout"
    case rawHTML = "html-weggelaten"
    case linkWithSpace = "link-met-spatie"
    case imageWithoutText = "afbeelding-zonder-beschrijving"
    case imageNotAnImage = "afbeelding-is-geen-afbeelding"
    case linkWithoutAddress = "link-zonder-adres"
    case externalImage = "afbeelding-van-elders"
    case bareAddress = "adres-zonder-link"
    case footnote = "voetnoot-niet-ondersteund"
    /// `###Opvang`: no space after the `#`s, so CommonMark makes no heading of it.
    case headingWithoutSpace = "kop-zonder-spatie"

    // Figures and where they are shown
    case figureOfOtherMunicipality = "cijfer-van-andere-gemeente"
    case unitRepeated = "eenheid-dubbel"
    /// A factsheet without figures: content still to write, not a broken document (`Document.decode`).
    case noFigures = "geen-cijfers"

    /// Whether this finding fails the build.
    public var severity: Severity {
        switch self {
        case .pipeTable, .taskList, .strikethrough, .noCurrentVision, .needlessWaiver, .valueComment, .curlyQuotes, .templatePlaceholder, .ambiguousNumber, .figureAfterReferenceYear, .implausibleFigure, .overlappingPlans, .missingPrevious, .visionGap, .conceptWithAdoptionDate, .referenceToConcept, .nameDisagreesWithPeriod, .figureTextReplaced, .bodyTitle, .emptySection, .duplicateHeading, .headingTypo, .lapsedFramework, .figureOfOtherMunicipality, .unitRepeated, .notADocument, .unusedFile, .rawHTML, .linkWithSpace,
             .imageWithoutText, .imageNotAnImage, .linkWithoutAddress, .externalImage, .bareAddress, .footnote, .headingWithoutSpace, .unknownTemplateName: .warning
        default: .error
        }
    }
}
