import CCmarkGFM

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension NodeConverter {
    private static let imageOpener: [UInt8] = Array("![".utf8)
    private static let autolinkOpener: [UInt8] = Array("<".utf8)
    private static let linkOpener: [UInt8] = Array("[".utf8)

    /// Reads an inline node on the way down; returns whether to read its children.
    mutating func enterInline(_ node: OpaquePointer, type: cmark_node_type) -> Bool {
        let line = Int(cmark_node_get_start_line(node)) + inlineShift.lines
        let column = Int(cmark_node_get_start_column(node)) + inlineShift.columns
        // Line breaks have no position of their own.
        if line > 0, type != CMARK_NODE_SOFTBREAK, type != CMARK_NODE_LINEBREAK { lastInlineLine = line }
        switch type {
        case CMARK_NODE_TEXT:
            let literal = Self.literal(node)
            scratch.runStarts.append((scratch.run.count, line + lineShift, column))
            scratch.run.append(contentsOf: literal)
            if capturing > 0 { scratch.text.append(contentsOf: literal) }
        case CMARK_NODE_SOFTBREAK:
            endRun()
            if capturing > 0 { appendLineBreak() }
        case CMARK_NODE_LINEBREAK:
            endRun()
            if source.endsWithBackslash(line: lastInlineLine + lineShift) { lineShift += 1 }
            if capturing > 0 { appendLineBreak() }
        case CMARK_NODE_CODE:
            endRun()
            if capturing > 0 {
                let start = scratch.text.count
                scratch.text.append(contentsOf: Self.literal(node))
                scratch.codeSpans.append(start..<scratch.text.count)
            }
        case CMARK_NODE_HTML_INLINE:
            endRun()
            // `<Project Falcon>`, `<br>` in a Log entry or a list item: text as written (the
            // site escapes it), not a tag. A comment stays unsaid; a heading names its section.
            if capturing > 0, !isInTitle {
                let literal = Self.literal(node)
                if !literal.starts(with: "<!--".utf8) { scratch.text.append(contentsOf: literal) }
            }
        case CMARK_NODE_FOOTNOTE_REFERENCE:
            endRun()
        case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
            endRun()
            enterLink(node, line: line, column: column)
            return true
        default:
            push(node, .nested)
            return true
        }
        return false
    }

    /// A line break in captured text: a space, its place kept when it is the item's first.
    private mutating func appendLineBreak() {
        if scratch.lineBreak == nil { scratch.lineBreak = scratch.text.count }
        scratch.text.append(UInt8(ascii: " "))
    }

    private mutating func enterLink(_ node: OpaquePointer, line: Int, column: Int) {
        guard linkNesting < Self.maximumLinkNesting else {
            // Read as the text it holds.
            report(.nestedLinks(limit: Self.maximumLinkNesting), at: node)
            push(node, .nested)
            return
        }
        let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
        let index = document.links.count
        let opener =
            cmark_node_get_type(node) == CMARK_NODE_IMAGE
            ? Self.imageOpener : isAutolink(node, url: url) ? Self.autolinkOpener : Self.linkOpener
        let position = locate(opener, line: line + lineShift, byteColumn: column)
        document.links.append(Link(target: .url(url), position: position, blockIndex: blockIndex))
        push(node, .link(index: index, labelStart: scratch.text.count, lineShift: lineShift))
        capturing += 1
        linkNesting += 1
    }

    /// Ends a link's label, after the nodes inside it.
    mutating func finishLink(index: Int, labelStart: Int, outerShift: Int) {
        endRun()
        lineShift = outerShift
        capturing -= 1
        linkNesting -= 1
        let label = Self.trimmedString(scratch.text[labelStart...])
        document.links[index].label = label.isEmpty ? nil : label
        if capturing == 0 {
            scratch.text.removeSubrange(labelStart...)
        } else if !label.isEmpty {
            scratch.labelStarts.append((index, labelStart + Self.leadingSpaces(scratch.text[labelStart...])))
        }
    }

    /// Ends the current run of text, turning every `[[...]]` in it into a link.
    mutating func endRun() {
        guard !scratch.runStarts.isEmpty else { return }  // no text since the last run ended
        defer {
            scratch.run.removeAll(keepingCapacity: true)
            scratch.runStarts.removeAll(keepingCapacity: true)
        }
        // Most runs have no `#`: looked for with memchr, as the runs are all of a note's text.
        let hasHash = scratch.run.withUnsafeBytes { run in
            run.baseAddress.map { memchr($0, Int32(UInt8(ascii: "#")), run.count) != nil } ?? false
        }
        if hasHash { document.tags += InlineTags.find(in: scratch.run[...]) }
        guard scratch.run.count >= 5, Self.containsBracket(scratch.run) else { return }
        // Matches come in order, so the text node each starts in is found walking forwards.
        var node = 0
        for match in Wikilink.matches(in: scratch.run) {
            while node + 1 < scratch.runStarts.count, scratch.runStarts[node + 1].offset <= match.offset { node += 1 }
            let start = scratch.runStarts[node]
            let guess = start.byteColumn + (match.offset - start.offset)
            let position = locate(Wikilink.opener, line: start.line, byteColumn: guess, where: source.startsWikilink)
            document.links.append(
                Link(target: .wiki(match.target), label: match.label, position: position, blockIndex: blockIndex))
        }
    }

    /// The file position of `opener` on a body line, nearest cmark-gfm's column and not
    /// already taken by another link; only a place `isStart` accepts is taken. (Every rewrite
    /// of a link, `merge`'s and the editor's rename, replaces bytes from this position on.)
    private mutating func locate(
        _ opener: [UInt8], line: Int, byteColumn: Int, where isStart: (Int) -> Bool = { _ in true }
    ) -> SourcePosition {
        guard
            let offset = source.offset(
                of: opener, onBodyLine: line, near: byteColumn, excluding: scratch.usedOffsets, where: isStart)
        else { return source.position(line: line, byteColumn: byteColumn, mark: &columnMark) }
        scratch.usedOffsets.insert(offset)
        return source.position(line: line, offset: offset, mark: &columnMark)
    }

    /// Whether the text being captured is a heading's.
    private var isInTitle: Bool {
        scratch.open.contains { if case .title = $0.work { true } else { false } }
    }

    /// `<https://example.com>`: a link whose text is its own destination.
    private func isAutolink(_ node: OpaquePointer, url: String) -> Bool {
        guard let child = cmark_node_first_child(node), cmark_node_get_type(child) == CMARK_NODE_TEXT,
            cmark_node_next(child) == nil, let literal = cmark_node_get_literal(child)
        else { return false }
        let text = String(cString: literal)
        return text == url || "mailto:" + text == url
    }

    private static func literal(_ node: OpaquePointer) -> UnsafeBufferPointer<UInt8> {
        guard let pointer = cmark_node_get_literal(node) else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(
            start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: strlen(pointer))
    }

    /// Whether the text has a `[`: `memchr` reads a paragraph many times faster than a loop.
    private static func containsBracket(_ text: [UInt8]) -> Bool {
        text.withUnsafeBufferPointer { bytes in
            bytes.baseAddress.map { memchr($0, Int32(UInt8(ascii: "[")), bytes.count) != nil } ?? false
        }
    }

    /// The bytes as a string, without leading and trailing ASCII white space.
    static func trimmedString(_ bytes: ArraySlice<UInt8>) -> String {
        var slice = bytes.dropFirst(leadingSpaces(bytes))
        while let last = slice.last, isSpace(last) { slice = slice.dropLast() }
        return String(decodingUTF8: slice.span)
    }

    /// `text` without an Obsidian block id at its end (`happy to talk ^abc123`): a name that
    /// lets a link point at the item (`[[Ana Souza#^abc123]]`), not words of it. One in a code
    /// span stays.
    static func withoutBlockID(_ text: String, codeSpans: [Range<Int>]) -> String {
        let bytes = text.utf8.span
        let isIDByte = { (byte: UInt8) in
            byte == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
        }
        var idStart = bytes.count
        while idStart > 0, isIDByte(bytes[idStart - 1]) { idStart -= 1 }
        let caret = idStart - 1
        guard idStart < bytes.count, caret > 0, bytes[caret] == UInt8(ascii: "^"), isSpace(bytes[caret - 1]),
            !codeSpans.contains(where: { $0.upperBound > caret })
        else { return text }
        var end = caret
        while end > 0, isSpace(bytes[end - 1]) { end -= 1 }
        return String(decodingUTF8: bytes.extracting(0..<end))
    }

    /// How many bytes of ASCII white space `bytes` starts with.
    static func leadingSpaces(_ bytes: ArraySlice<UInt8>) -> Int {
        bytes.prefix(while: isSpace).count
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
