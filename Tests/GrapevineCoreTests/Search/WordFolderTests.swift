import Testing

@testable import GrapevineCore

/// How search folds text into words: case, accents, special letters, apostrophes.
@Suite("Search folding: words of any script, case and accents folded")
struct WordFolderTests {
    /// Tricky strings and their folded words; `FoldingParityTests` runs the site's script on
    /// the same table.
    static let table: [(String, [String])] = [
        ("José Núñez", ["jose", "nunez"]),
        ("JOSÉ", ["jose"]),
        ("Jose\u{301}", ["jose"]),
        ("Straße", ["strasse"]),
        ("STRASSE", ["strasse"]),
        ("GROẞE", ["grosse"]),
        ("İstanbul", ["istanbul"]),
        ("ıstanbul ISTANBUL", ["istanbul", "istanbul"]),
        ("Øresund Søren", ["oresund", "soren"]),
        ("Łódź", ["lodz"]),
        ("Æsir œuvre Þór Đorđe", ["aesir", "oeuvre", "thor", "dorde"]),
        // After an apostrophe inside a word, a word starts too: `brien`, `alembert` are found.
        ("O'Brien O’Brien Oʼbrien", ["obrien", "brien", "obrien", "brien", "obrien", "brien"]),
        ("don't 'quoted' ' alone", ["dont", "quoted", "alone"]),
        ("d'Alembert l’Oréal N'Diaye", ["dalembert", "alembert", "loreal", "oreal", "ndiaye", "diaye"]),
        ("rock'n'roll Sam's students' l'é", ["rocknroll", "nroll", "roll", "sams", "students", "le"]),
        // An `&` between two parts of a word is kept: `AT&T` is not `at` and `t`.
        ("AT&T R&D & co a&&b a& &b", ["at&t", "r&d", "co", "a", "b", "a", "b"]),
        ("Müller&Söhne Ö&ü d'Ö&T", ["muller&sohne", "o&u", "do&t", "o&t"]),
        ("ﬁnance ﬀ", ["finance", "ff"]),
        ("Ｆｕｌｌ ｗｉｄｔｈ", ["full", "width"]),
        ("½ ²", ["1", "2", "2"]),
        ("ΟΔΟΣ οδός", ["οδοσ", "οδοσ"]),
        ("Crème brûlée", ["creme", "brulee"]),
        ("snake_case C#1 a.b-c", ["snake", "case", "c", "1", "a", "b", "c"]),
        // A suffix of `+` or `#` is part of its word, unless a letter or digit follows.
        (
            "C++, C# and F#. A+ a+b 1+1 #tag Ç++ c++'s",
            ["c++", "c#", "and", "f#", "a+", "a", "b", "1", "1", "tag", "c++", "c", "s"]
        ),
        ("東++ x#é ½+ C+\u{2019}", ["東", "x", "e", "1", "2+", "c"]),
        ("2026-11-05 10:30", ["2026", "11", "05", "10", "30"]),
        // A Chinese character, hiragana or katakana is a word of its own (these scripts put no
        // space between words); Korean, written with spaces, keeps its words.
        ("東京 타워 タワー", ["東", "京", "타워", "タ", "ワ", "ー"]),
        ("王小明 他在腾讯工作，Xiaoming", ["王", "小", "明", "他", "在", "腾", "讯", "工", "作", "xiaoming"]),
        ("ﾀﾜｰ 々 〇", ["タ", "ワ", "ー", "々", "〇"]),
        ("東京2026年", ["東", "京", "2026", "年"]),
        ("\u{1112}\u{1161}\u{11AB}", ["한"]),
        ("が か\u{3099}", ["が", "が"]),
        ("😀 hi 🇫🇷 ok", ["hi", "ok"]),
        ("Ĳssel ǅemal", ["ijssel", "dzemal"]),
        ("Ærø — “quoted” · dash–dash", ["aero", "quoted", "dash", "dash"]),
        ("naïve café résumé", ["naive", "cafe", "resume"]),
        ("Việt Nam", ["viet", "nam"]),
        ("Ħal Saflieni", ["hal", "saflieni"]),
        ("", []),
        ("... !? --", []),
    ]

    @Test(arguments: table)
    func folds(text: String, words: [String]) {
        #expect(WordFolder.words(of: text) == words)
    }

    @Test("a buffer gets the same words, one space between them; a word of apostrophes leaves nothing")
    func appendIsWordsJoined() {
        var folder = WordFolder()
        for (text, words) in Self.table + [("'' a '' b ''", ["a", "b"]), ("' x", ["x"])] {
            var folded: [UInt8] = []
            folder.append(text.utf8.span, to: &folded)
            #expect(String(decoding: folded, as: UTF8.self) == words.joined(separator: " "), "\(text)")
        }
    }

    @Test("each word knows where it is written, in bytes")
    func wordPlaces() {
        var folder = WordFolder()
        let text = "Met José, ½ off"
        let words = folder.words(in: text.utf8.span)
        let utf8 = Array(text.utf8)
        let written = words.map { String(decoding: utf8[$0.source], as: UTF8.self) }
        #expect(words.map { String(decoding: $0.folded, as: UTF8.self) } == ["met", "jose", "1", "2", "off"])
        #expect(written == ["Met", "José", "½", "½", "off"])
    }

    @Test("random mixes of scripts fold the same by buffer and by words, and never crash")
    func randomText() {
        let pieces = [
            "a", "É", "ß", " ", "'", "’", "e\u{301}", "—", "ﬁ", "İ", "ı", "😀", "漢", "\u{3099}", "1", "½", "\n", "\t",
            "_",
        ]
        var random = SplitMix(state: 19)
        var folder = WordFolder()
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 0...30, using: &random)).map { _ in
                pieces[Int.random(in: 0..<pieces.count, using: &random)]
            }.joined()
            var folded: [UInt8] = []
            folder.append(text.utf8.span, to: &folded)
            #expect(String(decoding: folded, as: UTF8.self) == WordFolder.words(of: text).joined(separator: " "))
        }
    }
}
