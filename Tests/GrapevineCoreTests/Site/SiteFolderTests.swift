import Foundation
import Synchronization
import Testing

@testable import GrapevineCore

@Suite("Site folder: writes only inside a folder it made")
struct SiteFolderTests {
    /// A fresh temporary folder, removed after `body`.
    func withTemporaryFolder(_ body: (String) throws -> Void) throws {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("grapevine-site-tests-\(UUID().uuidString)", isDirectory: true).path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        try body(root)
    }

    func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func createsAFolderWithAMarkerAndWritesPages() throws {
        try withTemporaryFolder { root in
            let site = try SiteFolder.prepare(root + "/out/_site")
            #expect(read(root + "/out/_site/" + SiteFolder.markerName) != nil)
            try site.write("index.html", contents: "<p>home</p>")
            try site.write("contacts/ann-lee.html", contents: "ann")
            try site.finish()
            #expect(read(root + "/out/_site/index.html") == "<p>home</p>")
            #expect(read(root + "/out/_site/contacts/ann-lee.html") == "ann")
            let marker = try #require(read(root + "/out/_site/" + SiteFolder.markerName))
            #expect(marker.contains("\ncontacts/ann-lee.html\nindex.html\n"))
        }
    }

    /// Pages written from many threads at once into folders that do not exist yet: each
    /// folder is made once, and no write fails because another thread made it first.
    @Test func concurrentWritesCreateSharedFoldersOnce() throws {
        try withTemporaryFolder { root in
            let folder = try SiteFolder.prepare(root + "/site")
            let failures = Mutex(0)
            DispatchQueue.concurrentPerform(iterations: 400) { index in
                do {
                    try folder.write("section-\(index % 4)/page-\(index).html", contents: "<p>\(index)</p>")
                } catch {
                    failures.withLock { $0 += 1 }
                }
            }
            #expect(failures.withLock { $0 } == 0)
            for section in 0..<4 {
                let pages = try FileManager.default.contentsOfDirectory(atPath: root + "/site/section-\(section)")
                #expect(pages.count == 100)
            }
        }
    }

    @Test func acceptsAnExistingEmptyFolder() throws {
        try withTemporaryFolder { root in
            _ = try SiteFolder.prepare(root)
            #expect(FileManager.default.fileExists(atPath: root + "/" + SiteFolder.markerName))
        }
    }

    @Test func refusesANonEmptyFolderWithoutMarker() throws {
        try withTemporaryFolder { root in
            try "mine".write(toFile: root + "/notes.txt", atomically: false, encoding: .utf8)
            #expect {
                _ = try SiteFolder.prepare(root)
            } throws: { error in
                let error = error as? SiteFolder.SiteError
                return error?.path == root && error?.description.contains("not made by grapevine site") == true
            }
            #expect(read(root + "/notes.txt") == "mine")
            #expect(!FileManager.default.fileExists(atPath: root + "/" + SiteFolder.markerName))
        }
    }

    @Test func refusesAMarkerThatIsASymlink() throws {
        try withTemporaryFolder { root in
            try FileManager.default.createDirectory(atPath: root + "/site", withIntermediateDirectories: true)
            try "x".write(toFile: root + "/elsewhere", atomically: false, encoding: .utf8)
            try FileManager.default.createSymbolicLink(
                atPath: root + "/site/" + SiteFolder.markerName, withDestinationPath: root + "/elsewhere")
            #expect(throws: SiteFolder.SiteError.self) { _ = try SiteFolder.prepare(root + "/site") }
        }
    }

    @Test func refusesAFileInPlaceOfTheFolder() throws {
        try withTemporaryFolder { root in
            try "x".write(toFile: root + "/file", atomically: false, encoding: .utf8)
            #expect(throws: SiteFolder.SiteError.self) { _ = try SiteFolder.prepare(root + "/file") }
            #expect(read(root + "/file") == "x")
        }
    }

    @Test func rebuildRemovesOnlyItsOwnStalePages() throws {
        try withTemporaryFolder { root in
            let path = root + "/site"
            let first = try SiteFolder.prepare(path)
            try first.write("index.html", contents: "1")
            try first.write("contacts/old.html", contents: "old")
            try first.write("contacts/kept.html", contents: "kept")
            try first.write("gone/only.html", contents: "only")
            try first.finish()
            try "user".write(toFile: path + "/contacts/user-added.html", atomically: false, encoding: .utf8)

            let second = try SiteFolder.prepare(path)
            try second.write("index.html", contents: "2")
            try second.write("contacts/kept.html", contents: "kept 2")
            let removed = try second.finish()

            #expect(removed == ["contacts/old.html", "gone/only.html"])
            #expect(read(path + "/index.html") == "2")
            #expect(read(path + "/contacts/kept.html") == "kept 2")
            #expect(read(path + "/contacts/old.html") == nil)
            #expect(!FileManager.default.fileExists(atPath: path + "/gone"))
            #expect(read(path + "/contacts/user-added.html") == "user")
        }
    }

    @Test func aTamperedMarkerCannotDeleteOutsideTheFolder() throws {
        try withTemporaryFolder { root in
            let path = root + "/site"
            try FileManager.default.createDirectory(atPath: root + "/outside", withIntermediateDirectories: true)
            try "precious".write(toFile: root + "/outside/precious.txt", atomically: false, encoding: .utf8)
            try "precious".write(toFile: root + "/precious.txt", atomically: false, encoding: .utf8)
            let first = try SiteFolder.prepare(path)
            try first.finish()
            try FileManager.default.createSymbolicLink(atPath: path + "/link", withDestinationPath: root + "/outside")
            let marker = "# hostile\n../precious.txt\n\(root)/precious.txt\nlink/precious.txt\n./x\n"
            try marker.write(toFile: path + "/" + SiteFolder.markerName, atomically: false, encoding: .utf8)

            let removed = try SiteFolder.prepare(path).finish()
            #expect(removed.isEmpty)
            #expect(read(root + "/precious.txt") == "precious")
            #expect(read(root + "/outside/precious.txt") == "precious")
        }
    }

    @Test(arguments: [
        "../escape.html", "a/../../escape.html", "/tmp/absolute.html", "", "a//b.html", "./a.html",
        "a/./b.html", "line\nbreak.html", SiteFolder.markerName,
    ])
    func refusesPathsThatLeaveTheFolder(relativePath: String) throws {
        try withTemporaryFolder { root in
            let site = try SiteFolder.prepare(root + "/site")
            #expect(throws: SiteFolder.SiteError.self) { try site.write(relativePath, contents: "x") }
            #expect(!FileManager.default.fileExists(atPath: root + "/escape.html"))
            let entries = try FileManager.default.contentsOfDirectory(atPath: root + "/site")
            #expect(entries == [SiteFolder.markerName])
        }
    }

    @Test func refusesToWriteThroughASymlinkedFolder() throws {
        try withTemporaryFolder { root in
            try FileManager.default.createDirectory(atPath: root + "/outside", withIntermediateDirectories: true)
            let site = try SiteFolder.prepare(root + "/site")
            try FileManager.default.createSymbolicLink(
                atPath: root + "/site/contacts", withDestinationPath: root + "/outside")
            #expect(throws: SiteFolder.SiteError.self) { try site.write("contacts/ann.html", contents: "x") }
            #expect(try FileManager.default.contentsOfDirectory(atPath: root + "/outside").isEmpty)
        }
    }

    @Test func aFolderWhereAPageGoesOrAFileWhereAFolderGoesIsAnError() throws {
        try withTemporaryFolder { root in
            let site = try SiteFolder.prepare(root + "/site")
            try FileManager.default.createDirectory(
                atPath: root + "/site/index.html/kept", withIntermediateDirectories: true)
            #expect {
                try site.write("index.html", contents: "home")
            } throws: { ($0 as? SiteFolder.SiteError)?.reason == "a folder is in the way" }
            #expect(FileSystem.isDirectory(root + "/site/index.html/kept"))
            try "x".write(toFile: root + "/site/contacts", atomically: false, encoding: .utf8)
            #expect {
                try site.write("contacts/ann.html", contents: "ann")
            } throws: { ($0 as? SiteFolder.SiteError)?.reason.contains("not a folder inside the site") == true }
            #expect(read(root + "/site/contacts") == "x")
        }
    }

    @Test func aFolderSwappedForASymlinkDuringABuildIsNotFollowed() throws {
        try withTemporaryFolder { root in
            try FileManager.default.createDirectory(atPath: root + "/outside", withIntermediateDirectories: true)
            let site = try SiteFolder.prepare(root + "/site")
            try site.write("contacts/ann.html", contents: "ann")
            try FileManager.default.moveItem(atPath: root + "/site/contacts", toPath: root + "/site/moved")
            try FileManager.default.createSymbolicLink(
                atPath: root + "/site/contacts", withDestinationPath: root + "/outside")
            try site.write("contacts/bo.html", contents: "bo")
            #expect(try FileManager.default.contentsOfDirectory(atPath: root + "/outside").isEmpty)
            #expect(read(root + "/site/moved/bo.html") == "bo")
        }
    }

    /// Also when the file the symlink points to already holds the page: the symlink itself is
    /// not a page the site wrote.
    @Test(arguments: ["precious", "home"])
    func replacesASymlinkedFileInsteadOfWritingThroughIt(outside: String) throws {
        try withTemporaryFolder { root in
            try outside.write(toFile: root + "/precious.txt", atomically: false, encoding: .utf8)
            let site = try SiteFolder.prepare(root + "/site")
            try FileManager.default.createSymbolicLink(
                atPath: root + "/site/index.html", withDestinationPath: root + "/precious.txt")
            try site.write("index.html", contents: "home")
            #expect(site.unchangedCount == 0)
            #expect(read(root + "/precious.txt") == outside)
            #expect(read(root + "/site/index.html") == "home")
            let attributes = try FileManager.default.attributesOfItem(atPath: root + "/site/index.html")
            #expect(attributes[.type] as? FileAttributeType == .typeRegular)
        }
    }

    @Test func rebuildLeavesPagesThatDidNotChangeAlone() throws {
        try withTemporaryFolder { root in
            func inode(_ page: String) throws -> Int {
                try #require(
                    FileManager.default.attributesOfItem(atPath: root + "/site/" + page)[.systemFileNumber] as? Int)
            }
            let pages = ["same.html", "longer.html", "edited.html"]
            func build(_ contents: [String]) throws -> SiteFolder {
                let site = try SiteFolder.prepare(root + "/site")
                for (page, text) in zip(pages, contents) { try site.write(page, contents: text) }
                try site.finish()
                return site
            }
            #expect(try build(["same", "text", "old!"]).unchangedCount == 0)
            let before = try pages.map(inode)
            #expect(try build(["same", "text and more", "new!"]).unchangedCount == 1)
            #expect(try inode("same.html") == before[0])
            #expect(try inode("longer.html") != before[1])
            #expect(try inode("edited.html") != before[2])
            #expect(read(root + "/site/longer.html") == "text and more")
            #expect(read(root + "/site/edited.html") == "new!")
        }
    }

    @Test func concurrentWritesAreAllRecorded() throws {
        try withTemporaryFolder { root in
            let site = try SiteFolder.prepare(root + "/site")
            DispatchQueue.concurrentPerform(iterations: 200) { index in
                try? site.write("pages/\(index % 7)/p\(index).html", contents: "\(index)")
            }
            try site.finish()
            let marker = try #require(read(root + "/site/" + SiteFolder.markerName))
            #expect(marker.split(separator: "\n").count == 201)
            #expect(read(root + "/site/pages/3/p10.html") == "10")
        }
    }
}
