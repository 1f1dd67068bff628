import Testing

@testable import GrapevineLSP

@Suite("reading framed messages")
struct MessageReaderTests {
    private static func framed(_ json: String) -> [UInt8] {
        Array("Content-Length: \(json.utf8.count)\r\n\r\n\(json)".utf8)
    }

    private static let first = #"{"jsonrpc":"2.0","id":1,"method":"initialize"}"#
    private static let second = #"{"jsonrpc":"2.0","method":"initialized","params":{"é":"ü"}}"#

    @Test("messages cut into pieces of any size come out whole", arguments: [1, 2, 3, 7, 64, 1000])
    func split(size: Int) {
        var reader = MessageReader()
        let bytes = Self.framed(Self.first) + Self.framed(Self.second)
        var events: [MessageReader.Event] = []
        var offset = 0
        while offset < bytes.count {
            events += reader.read(bytes[offset..<min(offset + size, bytes.count)])
            offset += size
        }
        #expect(events == [.message(Array(Self.first.utf8)), .message(Array(Self.second.utf8))])
        #expect(!reader.hasPartialMessage)
    }

    @Test("several messages in one read, with other headers and a line feed between them")
    func merged() {
        var reader = MessageReader()
        let typed =
            Array(
                "Content-Type: application/vscode-jsonrpc; charset=utf-8\r\ncontent-length: \(Self.second.utf8.count)\r\n\r\n"
                    .utf8) + Array(Self.second.utf8)
        let events = reader.read(Self.framed(Self.first) + [UInt8(ascii: "\n")] + typed)
        #expect(events == [.message(Array(Self.first.utf8)), .message(Array(Self.second.utf8))])
    }

    @Test("headers ended with line feeds alone are read too")
    func lineFeeds() {
        var reader = MessageReader()
        let events = reader.read(Array("Content-Length: \(Self.first.utf8.count)\n\n\(Self.first)".utf8))
        #expect(events == [.message(Array(Self.first.utf8))])
    }

    @Test(
        "a bad header is reported and skipped, and the next message is read",
        arguments: [
            "Content-Length: twelve\r\n\r\n", "Content-Type: text/plain\r\n\r\n", "hello there\r\n\r\n",
            "Content-Length: 3\r\nContent-Type: application/json; charset=latin1\r\n\r\n",
            "Content-Length: -4\r\n\r\n",
        ])
    func badHeader(header: String) {
        var reader = MessageReader()
        let events = reader.read(Array(header.utf8) + Self.framed(Self.first))
        #expect(events.count == 2)
        if case .badHeader = events.first {} else { Issue.record("no bad header reported: \(events)") }
        // A bad length skips nothing more: the header after it starts the next message.
        #expect(events.last == .message(Array(Self.first.utf8)))
    }

    @Test("bytes that never make a header are dropped once there are too many, up to the next header")
    func garbage() {
        var reader = MessageReader()
        let noise = [UInt8](repeating: UInt8(ascii: "x"), count: 10_000)
        let events = reader.read(noise + Self.framed(Self.first))
        #expect(events.last == .message(Array(Self.first.utf8)))
        #expect(events.dropLast().allSatisfy { if case .badHeader = $0 { true } else { false } })
        #expect(!reader.hasPartialMessage)
    }

    @Test("a message over the limit is skipped as it comes, and the next one read")
    func tooLong() {
        var reader = MessageReader()
        let length = MessageReader.contentLimit + 10
        var events = reader.read(Array("Content-Length: \(length)\r\n\r\n".utf8))
        let chunk = [UInt8](repeating: UInt8(ascii: " "), count: 1 << 20)
        var sent = 0
        while sent < length {
            let count = min(chunk.count, length - sent)
            events += reader.read(chunk[..<count])
            sent += count
        }
        events += reader.read(Self.framed(Self.first))
        #expect(events.count == 2)
        #expect(events.last == .message(Array(Self.first.utf8)))
    }

    @Test("a message cut off at the end is left partial")
    func partial() {
        var reader = MessageReader()
        #expect(reader.read(Self.framed(Self.first).dropLast(3)).isEmpty)
        #expect(reader.hasPartialMessage)
    }
}
