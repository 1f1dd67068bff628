import Testing

@testable import GrapevineCore

@Suite("Short texts made byte by byte")
struct ShortTextTests {
    @Test("the string of the bytes appended, at every length across the 32 kept in place")
    func everyLength() {
        let source = Array("Nkechi Obi-Ørjansen, Ph.D. — de la Tour 🎉 and more words".utf8)
        for length in 0...source.count {
            var text = ShortText()
            for byte in source[..<length] { text.append(byte) }
            #expect(text.count == length)
            #expect(text.isEmpty == (length == 0))
            #expect(text.string == String(decoding: source[..<length], as: UTF8.self), "\(length)")
        }
    }

    @Test("spans appended, and bytes that are not UTF-8 read as the standard library reads them")
    func spans() {
        var text = ShortText()
        text.append("dr ".utf8.span)
        text.append(Array(repeating: UInt8(ascii: "x"), count: 40).span)
        text.append(0xFF)
        #expect(text.string == "dr " + String(repeating: "x", count: 40) + "\u{FFFD}")
        var short = ShortText()
        short.append(0xC3)
        #expect(short.string == String(decoding: [0xC3], as: UTF8.self))
    }

    @Test("look-alike keys of names longer than 32 bytes")
    func longNames() {
        #expect(
            NameKey.lookAlike("Dr. Maximiliana A. Featherstonehaugh-Worthington")
                == "maximiliana featherstonehaugh worthington")
        #expect(NameKey.middleInitials("Dr. Maximiliana A. B. Featherstonehaugh") == "ab")
        #expect(
            NameKey.slug("Maximiliana Featherstonehaugh-Worthington III")
                == "maximiliana-featherstonehaugh-worthington-iii")
    }
}
