extension Note {
    /// The Markdown source of a section's content, without its heading, trimmed.
    func markdown(of section: Section) -> String {
        markdown(ofBlocks: section.content)
    }

    /// The Markdown source of the body before its first sub-heading (level 2 or deeper), without
    /// a level-1 title: the note's opening text.
    var openingMarkdown: String {
        let end = body.sections.first { $0.level >= 2 }?.headingIndex ?? body.blocks.count
        return markdown(ofBlocks: titleEnd..<max(titleEnd, end))
    }

    /// The Markdown source of the whole body without a level-1 title on its first block.
    var bodyMarkdownWithoutTitle: String {
        markdown(ofBlocks: titleEnd..<body.blocks.count)
    }

    private var titleEnd: Int {
        if case .heading(level: 1, _)? = body.blocks.first?.kind { return 1 }
        return 0
    }

    private func markdown(ofBlocks range: Range<Int>) -> String {
        let blocks = body.blocks[range]
        guard let first = blocks.first, let last = blocks.last else { return "" }
        return text.lines(first.start.line...max(first.start.line, last.endLine))
            .joined(separator: "\n").trimmingWhitespace()
    }
}
