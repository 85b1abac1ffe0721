// Raw rendering speed of the three template engines among the mirrored packages: swift-mustache 2.1.1
// (what Regio uses), Stencil 0.15.1 and LeafKit 1.14.3. The same page (16 values, a banner, 200 list
// items with a nested link) and the same data, single-threaded; the outputs are checked equal first.
// Its own package, so that Regio does not depend on the other two engines:
//   cd Benchmarks/Engines && swift run -c release EngineBench      (PAGES=2000 pages per run)
// Results and what they mean for Regio: BENCHMARKS.md, "Other template engines".
import Foundation
import LeafKit
import Mustache
import NIOCore
import NIOEmbedded
import Stencil

// MARK: - Model (engine-neutral)

struct Owner { let name: String; let url: String; let hasURL: Bool }
struct Item {
    let url, title, type, period, status, summary: String
    let featured: Bool
    let owner: Owner
}
struct Page {
    let title, lang, siteName, siteURL, canonicalURL, cssURL, jsURL, description, author, year, generator: String
    let showBanner: Bool
    let bannerText: String
    let t: [String: String]     // t.label, t.heading, t.footer
    let nav: [String: String]   // nav.home, nav.homeURL, nav.about, nav.aboutURL
    let items: [Item]
}

let itemCount = 200
let types = ["Project", "Talk", "Article", "Grant & Award", "Course"]
let statuses = ["active", "done", "planned", "paused"]
func makePage() -> Page {
    var items: [Item] = []
    items.reserveCapacity(itemCount)
    for i in 0..<itemCount {
        let hasURL = i % 3 != 0
        items.append(Item(
            url: "https://example.org/work/\(i)?ref=list&page=\(i / 20)",
            title: i % 7 == 0 ? "Item \(i): <Research> & \"Development\"" : "Item number \(i) — a café study",
            type: types[i % types.count],
            period: "20\(10 + i % 15)–20\(11 + i % 15)",
            status: statuses[i % statuses.count],
            summary: "Summary of item \(i): it's a moderately long sentence describing the work, with A&B <details> and more text to make it realistic.",
            featured: i % 5 == 0,
            owner: Owner(name: "Owner \(i % 17) & Co.", url: "https://people.example.org/o\(i % 17)", hasURL: hasURL)))
    }
    return Page(
        title: "Portfolio & Projects", lang: "en", siteName: "Example <Site>", siteURL: "https://example.org/",
        canonicalURL: "https://example.org/portfolio?lang=en&v=2", cssURL: "/static/site.css?v=3",
        jsURL: "/static/site.js?v=3", description: "A list of \"things\" we've done",
        author: "Jane O'Neil", year: "2025", generator: "engine-bench",
        showBanner: true, bannerText: "New: 200 items & counting",
        t: ["label": "Items", "heading": "All work", "footer": "Made with care"],
        nav: ["home": "Home", "homeURL": "/", "about": "About us", "aboutURL": "/about?x=1&y=2"],
        items: items)
}

// MARK: - Context conversion

func anyContext(_ p: Page) -> [String: Any] {
    [
        "title": p.title, "lang": p.lang, "siteName": p.siteName, "siteURL": p.siteURL,
        "canonicalURL": p.canonicalURL, "cssURL": p.cssURL, "jsURL": p.jsURL,
        "description": p.description, "author": p.author, "year": p.year, "generator": p.generator,
        "showBanner": p.showBanner, "bannerText": p.bannerText, "itemCount": p.items.count,
        "t": p.t, "nav": p.nav,
        "items": p.items.map { it -> [String: Any] in
            [
                "url": it.url, "title": it.title, "type": it.type, "period": it.period,
                "status": it.status, "summary": it.summary, "featured": it.featured,
                "owner": ["name": it.owner.name, "url": it.owner.url, "hasURL": it.owner.hasURL] as [String: Any],
            ]
        },
    ]
}

func leafContext(_ p: Page) -> [String: LeafData] {
    [
        "title": .string(p.title), "lang": .string(p.lang), "siteName": .string(p.siteName),
        "siteURL": .string(p.siteURL), "canonicalURL": .string(p.canonicalURL), "cssURL": .string(p.cssURL),
        "jsURL": .string(p.jsURL), "description": .string(p.description), "author": .string(p.author),
        "year": .string(p.year), "generator": .string(p.generator), "showBanner": .bool(p.showBanner),
        "bannerText": .string(p.bannerText), "itemCount": .int(p.items.count),
        "t": .dictionary(p.t.mapValues { .string($0) }),
        "nav": .dictionary(p.nav.mapValues { .string($0) }),
        "items": .array(p.items.map { it in
            .dictionary([
                "url": .string(it.url), "title": .string(it.title), "type": .string(it.type),
                "period": .string(it.period), "status": .string(it.status), "summary": .string(it.summary),
                "featured": .bool(it.featured),
                "owner": .dictionary(["name": .string(it.owner.name), "url": .string(it.owner.url),
                                      "hasURL": .bool(it.owner.hasURL)]),
            ])
        }),
    ]
}

// MARK: - Templates (kept line-for-line identical in output; tags inline so no engine strips whitespace)

let mustacheSrc = """
<!DOCTYPE html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<title>{{title}} | {{siteName}}</title>
<meta name="description" content="{{description}}">
<meta name="author" content="{{author}}">
<link rel="canonical" href="{{canonicalURL}}">
<link rel="stylesheet" href="{{cssURL}}">
</head>
<body>
<header><a href="{{siteURL}}">{{siteName}}</a> <nav><a href="{{nav.homeURL}}">{{nav.home}}</a> <a href="{{nav.aboutURL}}">{{nav.about}}</a></nav></header>
{{#showBanner}}<div class="banner">{{bannerText}}</div>{{/showBanner}}
<h1>{{t.heading}}</h1>
<p>{{t.label}}: {{itemCount}}</p>
<ul class="items">{{#items}}
<li class="item {{status}}"><a href="{{url}}">{{title}}</a> <span class="type">{{type}}</span> <span class="period">{{period}}</span> <span class="status">{{status}}</span>{{#featured}} <strong>featured</strong>{{/featured}}
<p>{{summary}}</p>
<span class="owner">{{#owner.hasURL}}<a href="{{owner.url}}">{{owner.name}}</a>{{/owner.hasURL}}{{^owner.hasURL}}{{owner.name}}{{/owner.hasURL}}</span></li>{{/items}}
</ul>
<footer>{{t.footer}} &copy; {{year}} {{author}}, {{generator}}</footer>
<script src="{{jsURL}}"></script>
</body>
</html>

"""

// Stencil does NOT escape by default; `e` is a custom filter registered below doing the same
// escaping as Mustache/Leaf (& < > " ').
func stencilSrc(_ e: String) -> String { """
<!DOCTYPE html>
<html lang="{{ lang\(e) }}">
<head>
<meta charset="utf-8">
<title>{{ title\(e) }} | {{ siteName\(e) }}</title>
<meta name="description" content="{{ description\(e) }}">
<meta name="author" content="{{ author\(e) }}">
<link rel="canonical" href="{{ canonicalURL\(e) }}">
<link rel="stylesheet" href="{{ cssURL\(e) }}">
</head>
<body>
<header><a href="{{ siteURL\(e) }}">{{ siteName\(e) }}</a> <nav><a href="{{ nav.homeURL\(e) }}">{{ nav.home\(e) }}</a> <a href="{{ nav.aboutURL\(e) }}">{{ nav.about\(e) }}</a></nav></header>
{% if showBanner %}<div class="banner">{{ bannerText\(e) }}</div>{% endif %}
<h1>{{ t.heading\(e) }}</h1>
<p>{{ t.label\(e) }}: {{ itemCount }}</p>
<ul class="items">{% for item in items %}
<li class="item {{ item.status\(e) }}"><a href="{{ item.url\(e) }}">{{ item.title\(e) }}</a> <span class="type">{{ item.type\(e) }}</span> <span class="period">{{ item.period\(e) }}</span> <span class="status">{{ item.status\(e) }}</span>{% if item.featured %} <strong>featured</strong>{% endif %}
<p>{{ item.summary\(e) }}</p>
<span class="owner">{% if item.owner.hasURL %}<a href="{{ item.owner.url\(e) }}">{{ item.owner.name\(e) }}</a>{% else %}{{ item.owner.name\(e) }}{% endif %}</span></li>{% endfor %}
</ul>
<footer>{{ t.footer\(e) }} &copy; {{ year\(e) }} {{ author\(e) }}, {{ generator\(e) }}</footer>
<script src="{{ jsURL\(e) }}"></script>
</body>
</html>

"""
}

let leafSrc = """
<!DOCTYPE html>
<html lang="#(lang)">
<head>
<meta charset="utf-8">
<title>#(title) | #(siteName)</title>
<meta name="description" content="#(description)">
<meta name="author" content="#(author)">
<link rel="canonical" href="#(canonicalURL)">
<link rel="stylesheet" href="#(cssURL)">
</head>
<body>
<header><a href="#(siteURL)">#(siteName)</a> <nav><a href="#(nav.homeURL)">#(nav.home)</a> <a href="#(nav.aboutURL)">#(nav.about)</a></nav></header>
#if(showBanner):<div class="banner">#(bannerText)</div>#endif
<h1>#(t.heading)</h1>
<p>#(t.label): #(itemCount)</p>
<ul class="items">#for(item in items):
<li class="item #(item.status)"><a href="#(item.url)">#(item.title)</a> <span class="type">#(item.type)</span> <span class="period">#(item.period)</span> <span class="status">#(item.status)</span>#if(item.featured): <strong>featured</strong>#endif
<p>#(item.summary)</p>
<span class="owner">#if(item.owner.hasURL):<a href="#(item.owner.url)">#(item.owner.name)</a>#else:#(item.owner.name)#endif</span></li>#endfor
</ul>
<footer>#(t.footer) &copy; #(year) #(author), #(generator)</footer>
<script src="#(jsURL)"></script>
</body>
</html>

"""

// MARK: - Engine setup

func htmlEscape(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for u in s.unicodeScalars {
        switch u {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default: out.unicodeScalars.append(u)
        }
    }
    return out
}

struct MemorySource: LeafSource {
    let templates: [String: String]
    func file(template: String, escape: Bool, on eventLoop: any EventLoop) throws -> EventLoopFuture<ByteBuffer> {
        guard let s = templates[template] else { return eventLoop.makeFailedFuture(LeafError(.noTemplateExists(template))) }
        return eventLoop.makeSucceededFuture(ByteBuffer(string: s))
    }
}

let mustacheTemplate = try MustacheTemplate(string: mustacheSrc)
let mustacheText = try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}" + mustacheSrc)

let stencilExt = Extension()
stencilExt.registerFilter("e") { (value: Any?) -> Any? in
    guard let value else { return nil }
    return htmlEscape(value as? String ?? "\(value)")
}
let stencilEnv = Environment(extensions: [stencilExt])
let stencilTemplate = Template(templateString: stencilSrc("|e"), environment: stencilEnv)
let stencilRawTemplate = Template(templateString: stencilSrc(""), environment: stencilEnv)
// Parse Stencil nodes once (public TokenParser + renderNodes) to isolate its per-render re-parse cost.
let stencilNodes = try TokenParser(tokens: stencilTemplate.tokens, environment: stencilEnv).parse()

let eventLoop = EmbeddedEventLoop()
let leafSources = LeafSources.singleSource(MemorySource(templates: ["page": leafSrc]))
let leafRenderer = LeafRenderer(
    configuration: LeafConfiguration(rootDirectory: "/"), sources: leafSources, eventLoop: eventLoop)

/// LeafRenderer.render returns a future; with DefaultLeafCache (a SynchronousLeafCache) a cached flat AST is
/// serialized synchronously inside render() and wrapped in an already-succeeded future. On an
/// EmbeddedEventLoop the callback fires immediately, so this is a synchronous call.
func leafRender(_ ctx: [String: LeafData]) throws -> String {
    var result: Result<ByteBuffer, any Error>?
    leafRenderer.render(path: "page", context: ctx).whenComplete { result = $0 }
    if result == nil { try eventLoop.run() }  // first (uncached) render may need the loop to run
    guard let r = result else { fatalError("leaf render did not complete synchronously") }
    return String(buffer: try r.get())
}

func leafRenderBuffer(_ ctx: [String: LeafData]) throws -> Int {
    var n = 0
    leafRenderer.render(path: "page", context: ctx).whenSuccess { n = $0.readableBytes }
    return n
}

// MARK: - Correctness check

let page = makePage()
let anyCtx = anyContext(page)
let leafCtx = leafContext(page)

let outM = mustacheTemplate.render(anyCtx)
let outS = try stencilTemplate.render(anyCtx)
let outSRaw = try stencilRawTemplate.render(anyCtx)
let outSNodes = try renderNodes(stencilNodes, Context(dictionary: anyCtx, environment: stencilEnv))
let outL = try leafRender(leafCtx)
let outMText = mustacheText.render(anyCtx)

func firstItem(_ s: String) -> String {
    guard let a = s.range(of: "<li "), let b = s.range(of: "</li>", range: a.upperBound..<s.endIndex) else { return "?" }
    return String(s[a.lowerBound..<b.upperBound])
}
print("== Output check (UTF-8 bytes) ==")
print("mustache: \(outM.utf8.count)  stencil(|e): \(outS.utf8.count)  stencil(no escape): \(outSRaw.utf8.count)  leaf: \(outL.utf8.count)")
print("mustache TEXT == stencil(no escape): \(outMText == outSRaw)")
print("mustache == leaf: \(outM == outL)   mustache == stencil(|e): \(outM == outS)   stencil nodes-path == template-path: \(outSNodes == outS)")
for (name, out) in [("mustache", outM), ("stencil", outS), ("leaf", outL)] {
    print("-- first item, \(name):\n\(firstItem(out))")
}
print("-- first item, stencil without escape filter:\n\(firstItem(outSRaw))")
if outM != outL || outM != outS {
    try? outM.write(toFile: "/tmp/engine-bench/out-mustache.html", atomically: true, encoding: .utf8)
    try? outS.write(toFile: "/tmp/engine-bench/out-stencil.html", atomically: true, encoding: .utf8)
    try? outL.write(toFile: "/tmp/engine-bench/out-leaf.html", atomically: true, encoding: .utf8)
    print("OUTPUTS DIFFER: written to /tmp/engine-bench/out-*.html")
}

// MARK: - Timing

let pagesPerRun = Int(ProcessInfo.processInfo.environment["PAGES"] ?? "") ?? 2000
let runs = 5
var sink = 0

let secondaryPages = Int(ProcessInfo.processInfo.environment["SECONDARY_PAGES"] ?? "") ?? 200

func bench(_ name: String, pages pagesPerRun: Int = pagesPerRun, _ body: () throws -> Int) rethrows {
    // warm-up: one full run
    for _ in 0..<pagesPerRun { sink &+= try body() }
    var times: [Double] = []
    for _ in 0..<runs {
        let t0 = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<pagesPerRun { sink &+= try body() }
        let t1 = DispatchTime.now().uptimeNanoseconds
        times.append(Double(t1 - t0) / 1000.0 / Double(pagesPerRun))
    }
    times.sort()
    let med = times[runs / 2]
    let runsStr = times.map { String(format: "%.1f", $0) }.joined(separator: " ")
    print(String(format: "%-44@ [%d pages/run] median %9.1f µs/page  %6.3f µs/item   (sorted runs µs/page: %@)",
                 name as NSString, pagesPerRun, med, med / Double(itemCount), runsStr as NSString))
}

print("\n== Timing: \(runs) runs after 1 warm-up run, median; items/page = \(itemCount) ==")
try bench("mustache render([String: Any])") { mustacheTemplate.render(anyCtx).utf8.count }
try bench("stencil Template.render (|e escape)") { try stencilTemplate.render(anyCtx).utf8.count }
try bench("leaf LeafRenderer.render -> String") { try leafRender(leafCtx).utf8.count }
print("-- secondary variants --")
try bench("mustache CONTENT_TYPE TEXT (no escaping)", pages: secondaryPages) { mustacheText.render(anyCtx).utf8.count }
try bench("stencil Template.render (no escaping)", pages: secondaryPages) { try stencilRawTemplate.render(anyCtx).utf8.count }
try bench("stencil renderNodes pre-parsed (|e)", pages: secondaryPages) {
    try renderNodes(stencilNodes, Context(dictionary: anyCtx, environment: stencilEnv)).utf8.count
}
try bench("leaf LeafRenderer.render -> ByteBuffer", pages: secondaryPages) { try leafRenderBuffer(leafCtx) }
print("-- context conversion from Swift structs (per page) --")
bench("model -> [String: Any] (mustache, stencil)") { anyContext(page).count }
bench("model -> [String: LeafData] (leaf)") { leafContext(page).count }
print("sink \(sink)")
