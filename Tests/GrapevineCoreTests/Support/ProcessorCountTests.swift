import Foundation
import Testing

@testable import GrapevineCore

@Suite("Processor count")
struct ProcessorCountTests {
    /// The processors `/proc/self/status` says the process may run on (`Cpus_allowed_list`,
    /// such as `0-3,6`), as `nproc` counts them.
    static func allowedByProc() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Cpus_allowed_list:") })
        else { return nil }
        let list = line.dropFirst("Cpus_allowed_list:".count).trimmingCharacters(in: .whitespaces)
        return list.split(separator: ",").reduce(0) { count, range in
            let bounds = range.split(separator: "-").compactMap { Int($0) }
            return count + (bounds.count == 2 ? bounds[1] - bounds[0] + 1 : 1)
        }
    }

    @Test(
        "the cores the process may use are those its affinity allows",
        .enabled(if: allowedByProc() != nil, "no /proc/self/status (not Linux)"))
    func followsAffinity() throws {
        #expect(ProcessorCount.active == (try #require(Self.allowedByProc())))
    }

    @Test func atLeastOne() {
        #expect(ProcessorCount.active >= 1)
    }
}
