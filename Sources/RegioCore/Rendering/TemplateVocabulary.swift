/// Every name Regio gives a template, on any page: what a theme may look up. A name outside it is a
/// typo that Mustache would draw as nothing (`ThemeRequirements.unknownNames`). TemplateVocabularyTests
/// keeps it true: each name the pages are given and each the default theme uses is here, and no other.
enum TemplateVocabulary {
    static let names: Set<String> = [
        "actionURL", "added", "adoptedOn", "against", "amendments", "anchor", "article", "author", "average", "basis", "binding",
        "body", "breadcrumbs", "canonical", "cells", "centralLabel", "centralMunicipalities", "changes", "chapters", "charts",
        "checklist", "checklistSummary", "checklistURL", "code", "columnHeader", "columns", "compact", "comparisonURL", "count",
        "current", "currentVision", "date", "description", "detail", "document", "earlierVision", "earlierVisions",
        "earlierVisionsLabel", "endedBanner", "entry", "everywhereURL", "explanation", "facts", "factsheets", "feedURL",
        "figures", "framework", "frameworks", "gap", "groups", "hasAdoptedOn", "hasAgainst", "hasAmendments", "hasArticle",
        "hasAuthor", "hasBasis", "hasBreadcrumbs", "hasCanonical", "hasChanges", "hasChapters", "hasChecklist",
        "hasChecklistSummary", "hasColumns", "hasComparison", "hasConceptPeers", "hasCurrentVision", "hasDescription",
        "hasDetail", "hasDocuments", "hasEarlierVision", "hasEarlierVisions", "hasEndedBanner", "hasEverywhere",
        "hasExplanation", "hasFactsheets", "hasFeed", "hasFigures", "hasGap", "hasInForce", "hasIndicators", "hasLastChange",
        "hasLaterVisions", "hasLink", "hasMatrix", "hasMessage", "hasMunicipality", "hasNationalFactsheets", "hasNewer",
        "hasNewerBanner", "hasNewerVersion", "hasNote", "hasOfficialName", "hasOlderVersion", "hasOverviewStatus", "hasPeriod",
        "hasPlans", "hasPrintedSources", "hasProof", "hasProofURL", "hasReason", "hasReferredBy", "hasRefersTo", "hasRegion",
        "hasRegionColumns", "hasRegionURL", "hasRepealed", "hasRowID", "hasSections", "hasShortName", "hasSign", "hasSource",
        "hasStatus", "hasSummary", "hasThemes", "hasTimeline", "hasTip", "hasToc", "hasURL", "hasUnchanged", "hasUnit",
        "hasVeiligThuis", "hasVersions", "hasVision", "heading", "homeURL", "html", "icon", "id", "inForce", "indexURL",
        "indicators", "intro", "isCentral", "isComing", "isConcept", "isCurrent", "isLinked", "isPartial", "isPortal",
        "isSearchPage", "isThis", "items", "judgedBecause", "judgedOn", "kind", "label", "lang", "lastChangeLink",
        "lastChangeURL", "laterVisions", "level", "link", "lists", "matrixURL", "memberCount", "message", "municipalities",
        "municipality", "municipalityCount", "name", "nationalFactsheets", "newer", "newerBanner", "newerVersion",
        "noCurrentVision", "note", "number", "officialName", "olderVersion", "overviewStatus", "pageTitle", "peerCount",
        "period", "planTitle", "planURL", "plans", "printedSources", "proof", "proofURL", "range", "reason", "referredBy",
        "refersTo", "region", "regionName", "regionURL", "regions", "removed", "repealed", "repealedLabel", "rowID", "rows",
        "scriptURL", "searchLabel", "searchURL", "sections", "severity", "sheetIsConcept", "sheetTitle", "sheetURL", "short",
        "shortName", "sign", "siteTitle", "source", "status", "statusCode", "stylesheet", "summary", "svg", "targetTitle",
        "targetURL", "text", "themeName", "themeSearchURL", "themes", "themesURL", "timeline", "tip", "title", "toc", "topics",
        "type", "unchanged", "unit", "url", "value", "veiligThuis", "versions", "vision", "windowTitle", "year",
    ]
}
