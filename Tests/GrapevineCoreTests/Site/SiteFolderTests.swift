import Foundation
import Synchronization
import TestSupport
import Testing

@testable import GrapevineCore

@Suite("Site folder: writes only inside a folder it made")
struct SiteFolderTests {
    /// A fresh temporary folder, removed after `body`.
    func withTemporaryFolder(_ body: (String) throws -> Void) throws {
        let root = Scratch.path("grapevine-site-tests").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        try body(root)
    }

    /// The hash the marker gives `text`.
    func hex(_ text: String) -> String {
        ContentHash.hex(ContentHash.hash(Array(text.utf8)))
    }

    /// A marker in the current format listing `files` (path → text of the file).
    func marker(_ files: [String: String]) -> String {
        SiteFolder.markerHeader + "\n" + files.map { "\(hex($0.value)) \($0.key)\n" }.joined()
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
            #expect(marker.hasPrefix(SiteFolder.markerHeader + "\n# "))
            #expect(marker.hasSuffix("\n\(hex("ann")) contacts/ann-lee.html\n\(hex("<p>home</p>")) index.html\n"))
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

    /// A file put in the site folder by hand is never replaced by a page of the same name
    /// (a note made later, say): the build stops and says so, and the file stays as written.
    @Test func aFileTheSiteDidNotWriteIsNotReplacedByAPage() throws {
        try withTemporaryFolder { root in
            let path = root + "/site"
            let first = try SiteFolder.prepare(path)
            try first.write("index.html", contents: "1")
            try first.finish()
            try "mine".write(toFile: path + "/resume.html", atomically: false, encoding: .utf8)
            try "same".write(toFile: path + "/same.html", atomically: false, encoding: .utf8)

            let second = try SiteFolder.prepare(path)
            try second.write("index.html", contents: "2")
            #expect(throws: SiteFolder.SiteError.self) { try second.write("resume.html", contents: "page") }
            // One that already holds the page is left alone, and is the site's from now on.
            try second.write("same.html", contents: "same")
            try second.finish()
            #expect(read(path + "/resume.html") == "mine")
            #expect(read(path + "/index.html") == "2")
            #expect(read(path + "/" + SiteFolder.markerName)?.contains(" same.html\n") == true)
        }
    }

    /// A build that stops at a file in the way says so again the next time, rather than
    /// replacing it because the stopped build never finished its marker.
    @Test func aBuildStoppedByAFileInTheWayStopsAgain() throws {
        try withTemporaryFolder { root in
            let path = root + "/site"
            try SiteFolder.prepare(path).finish()
            try "mine".write(toFile: path + "/resume.html", atomically: false, encoding: .utf8)
            for build in 1...2 {
                let site = try SiteFolder.prepare(path)
                try site.write("index.html", contents: "\(build)")
                #expect(throws: SiteFolder.SiteError.self) { try site.write("resume.html", contents: "page") }
                site.stopped()
            }
            #expect(read(path + "/resume.html") == "mine")
            #expect(read(path + "/" + SiteFolder.markerName)?.contains(" index.html\n") == true)
        }
    }

    /// A build that did not finish wrote pages its marker does not list: the next build may
    /// replace what it finds, as a marker cannot tell those pages from anyone else's files.
    @Test func afterABuildThatDidNotFinishItsPagesAreReplaced() throws {
        try withTemporaryFolder { root in
            let path = root + "/site"
            do {
                let interrupted = try SiteFolder.prepare(path)
                try interrupted.write("index.html", contents: "1")
            }
            #expect(read(path + "/" + SiteFolder.markerName)?.contains(SiteFolder.unfinishedLine) == true)
            let next = try SiteFolder.prepare(path)
            try next.write("index.html", contents: "2")
            try next.finish()
            #expect(read(path + "/index.html") == "2")
            #expect(read(path + "/" + SiteFolder.markerName)?.contains(SiteFolder.unfinishedLine) == false)
        }
    }

    /// A marker that names files outside the folder, with the right hashes, removes nothing.
    @Test func aTamperedMarkerCannotDeleteOutsideTheFolder() throws {
        try withTemporaryFolder { root in
            let path = root + "/site"
            try FileManager.default.createDirectory(atPath: root + "/outside", withIntermediateDirectories: true)
            try "precious".write(toFile: root + "/outside/precious.html", atomically: false, encoding: .utf8)
            try "precious".write(toFile: root + "/precious.html", atomically: false, encoding: .utf8)
            let first = try SiteFolder.prepare(path)
            try first.finish()
            try FileManager.default.createSymbolicLink(atPath: path + "/link", withDestinationPath: root + "/outside")
            let hostile = marker([
                "../precious.html": "precious", "\(root)/precious.html": "precious", "link/precious.html": "precious",
                "./x.html": "x",
            ])
            try hostile.write(toFile: path + "/" + SiteFolder.markerName, atomically: false, encoding: .utf8)

            let removed = try SiteFolder.prepare(path).finish()
            #expect(removed.isEmpty)
            #expect(read(root + "/precious.html") == "precious")
            #expect(read(root + "/outside/precious.html") == "precious")
        }
    }

    /// A page the user edited after the build wrote it is theirs now: not removed when stale,
    /// but named as kept by every build, which a public one warns about (it may be a private
    /// note's page).
    @Test func aStalePageThatWasEditedIsKept() throws {
        try withTemporaryFolder { root in
            let path = root + "/site"
            let first = try SiteFolder.prepare(path)
            try first.write("contacts/edited.html", contents: "as built")
            try first.write("contacts/gone.html", contents: "as built")
            try first.finish()
            try "my edit".write(toFile: path + "/contacts/edited.html", atomically: false, encoding: .utf8)
            let second = try SiteFolder.prepare(path).finishing()
            #expect(second.removed == ["contacts/gone.html"] && second.kept == ["contacts/edited.html"])
            #expect(read(path + "/contacts/edited.html") == "my edit")
            // Still listed, with the hash of what was written: the next build names it again.
            #expect(try SiteFolder.prepare(path).finishing().kept == ["contacts/edited.html"])
            try FileManager.default.removeItem(atPath: path + "/contacts/edited.html")
            #expect(try SiteFolder.prepare(path).finishing().kept == [])
            #expect(read(path + "/" + SiteFolder.markerName)?.contains("edited") == false)
        }
    }

    /// A forged marker (shipped in a vault's committed site folder) can remove only a page-like
    /// file inside the folder whose bytes its author knew: hidden files, notes and other names
    /// stay even with the right hash.
    @Test func aForgedMarkerRemovesOnlyUnchangedPagesInsideTheFolder() throws {
        try withTemporaryFolder { root in
            let path = root + "/site"
            _ = try SiteFolder.prepare(path)
            let files = [
                ".git/HEAD": "ref: refs/heads/main\n", ".well-known/a.html": "a", "CNAME": "example.org\n",
                "sub/notes.md": "# Notes\n", "page.html": "shipped", "wrong.html": "changed", "deep/x/y.css": "y",
            ]
            for (file, text) in files {
                try FileManager.default.createDirectory(
                    atPath: URL(fileURLWithPath: path + "/" + file).deletingLastPathComponent().path,
                    withIntermediateDirectories: true)
                try text.write(toFile: path + "/" + file, atomically: false, encoding: .utf8)
            }
            var listed = files
            listed["wrong.html"] = "what it was"
            try marker(listed).write(toFile: path + "/" + SiteFolder.markerName, atomically: false, encoding: .utf8)

            let removed = try SiteFolder.prepare(path).finish()
            #expect(removed == ["deep/x/y.css", "page.html"])
            #expect(!FileManager.default.fileExists(atPath: path + "/deep"))
            for (file, text) in files where !removed.contains(file) {
                #expect(read(path + "/" + file) == text, "\(file)")
            }
        }
    }

    /// Markers written before hashes were kept list paths only: the folder stays ours, but
    /// nothing they list is removed, since anyone could have written that list.
    @Test func anOldMarkerKeepsTheFolderButRemovesNothing() throws {
        try withTemporaryFolder { root in
            let path = root + "/site"
            try FileManager.default.createDirectory(atPath: path + "/contacts", withIntermediateDirectories: true)
            try "old".write(toFile: path + "/contacts/old.html", atomically: false, encoding: .utf8)
            try "# Written by grapevine site. Files listed here are removed when no longer built.\ncontacts/old.html\n"
                .write(toFile: path + "/" + SiteFolder.markerName, atomically: false, encoding: .utf8)
            let site = try SiteFolder.prepare(path)
            try site.write("index.html", contents: "home")
            #expect(try site.finish().isEmpty)
            #expect(read(path + "/contacts/old.html") == "old")
            #expect(
                read(path + "/" + SiteFolder.markerName)
                    == marker(["index.html": "home"]).replacingOccurrences(
                        of: SiteFolder.markerHeader + "\n",
                        with: SiteFolder.markerHeader + "\n" + SiteFolder.markerComment + "\n"))
        }
    }

    /// Temporary files left by a killed build would be published: the next build removes
    /// them, in every folder, when their writer is gone (the file is not locked; an unlocked
    /// old-style name, after a minute); anything else is left alone.
    @Test func leftoverTemporaryFilesAreRemoved() throws {
        try withTemporaryFolder { root in
            let path = root + "/site"
            let site = try SiteFolder.prepare(path)
            try site.write("contacts/ann.html", contents: "ann")
            try site.finish()
            let gone = TemporaryFile.newName()
            let oldStyle = ".grapevine-\(Int32.max)-123.tmp"
            let live = TemporaryFile.newName()
            let recentOldStyle = ".grapevine-1-2.tmp"
            let kept = [
                live, recentOldStyle, ".grapevine-x.tmp", ".grapevine-1-2.tmp.html", "grapevine-1-2.tmp",
                ".git/" + gone,
            ]
            for file in [gone, "contacts/" + gone, oldStyle] + kept {
                try FileManager.default.createDirectory(
                    atPath: URL(fileURLWithPath: path + "/" + file).deletingLastPathComponent().path,
                    withIntermediateDirectories: true)
                try "partial".write(toFile: path + "/" + file, atomically: false, encoding: .utf8)
            }
            try FileManager.default.setAttributes(
                [.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: path + "/" + oldStyle)
            try FileManager.default.createDirectory(
                atPath: path + "/" + TemporaryFile.newName(), withIntermediateDirectories: true)
            // A build still writing holds a lock on its temporary file.
            let writer = open(path + "/" + live, O_RDONLY)
            defer { close(writer) }
            #expect(flock(writer, LOCK_EX) == 0)

            _ = try SiteFolder.prepare(path)
            #expect(!FileManager.default.fileExists(atPath: path + "/" + gone))
            #expect(!FileManager.default.fileExists(atPath: path + "/contacts/" + gone))
            #expect(!FileManager.default.fileExists(atPath: path + "/" + oldStyle))
            for file in kept { #expect(read(path + "/" + file) == "partial", "\(file)") }
            #expect(
                try FileManager.default.contentsOfDirectory(atPath: path).contains {
                    FileSystem.isDirectory(path + "/" + $0) && $0.hasSuffix(".tmp")
                })
            #expect(read(path + "/contacts/ann.html") == "ann")
        }
    }

    @Test func refusesAFolderHoldingNotes() throws {
        try withTemporaryFolder { root in
            try "---\nname: Ann\n---\n".write(toFile: root + "/ann.md", atomically: false, encoding: .utf8)
            try SiteFolder.markerHeader.write(
                toFile: root + "/" + SiteFolder.markerName, atomically: false, encoding: .utf8)
            #expect {
                _ = try SiteFolder.prepare(root)
            } throws: { ($0 as? SiteFolder.SiteError)?.reason.contains("'ann.md'") == true }
        }
    }

    /// Where a site may go, for a vault at `<root>/vault` with a note in `contacts/`.
    @Test(
        arguments: [
            ("vault", false, "it is the vault itself"),
            ("vault/contacts", false, "it holds notes of the vault, such as 'contacts/ann.md'"),
            ("vault/contacts/sub", false, nil),
            ("", false, "it contains the vault"),
            ("vault/.git/site", false, "hidden folder '.git'"),
            ("vault/.grapevine/out", false, "hidden folder '.grapevine'"),
            ("vault/.site", false, "hidden folder '.site'"),
            ("vault/link-to-vault", false, "it is the vault itself"),
            ("vault/link-to-vault/_site", false, nil),
            ("vault/link-to-git/site", false, "hidden folder '.git'"),
            ("elsewhere", true, "it is outside the vault"),
            ("vault/link-outside/site", true, "it is outside the vault"),
            ("vault/_site", true, nil),
            ("elsewhere", false, nil),
            ("vault/link-outside/site", false, nil),
        ] as [(String, Bool, String?)])
    func whereASiteMayGo(out: String, configured: Bool, refusal: String?) throws {
        try withTemporaryFolder { root in
            let vault = root + "/vault"
            let manager = FileManager.default
            try manager.createDirectory(atPath: vault + "/contacts", withIntermediateDirectories: true)
            try manager.createDirectory(atPath: vault + "/.git", withIntermediateDirectories: true)
            try manager.createDirectory(atPath: root + "/elsewhere", withIntermediateDirectories: true)
            try manager.createSymbolicLink(atPath: vault + "/link-to-vault", withDestinationPath: ".")
            try manager.createSymbolicLink(atPath: vault + "/link-to-git", withDestinationPath: ".git")
            try manager.createSymbolicLink(atPath: vault + "/link-outside", withDestinationPath: root + "/elsewhere")
            let path = VaultLocator.absolute(out, from: root)
            let check = {
                try SiteFolder.checkLocation(
                    path, vaultRoot: vault, notePaths: ["contacts/ann.md"], configured: configured)
            }
            if let refusal {
                #expect {
                    _ = try check()
                } throws: { error in
                    let error = error as? SiteFolder.SiteError
                    return error?.path == path && error?.reason.contains(refusal) == true
                        && error?.reason.hasSuffix("(site.out in .grapevine/config.yml)") == configured
                }
            } else {
                #expect(try check() == FileSystem.resolvedPath(path))
            }
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

    /// Also when the file the symlink points to already holds the page: the symlink is not a
    /// page the site wrote, and is neither followed nor replaced.
    @Test(arguments: ["precious", "home"])
    func refusesASymlinkWhereAPageGoes(outside: String) throws {
        try withTemporaryFolder { root in
            try outside.write(toFile: root + "/precious.txt", atomically: false, encoding: .utf8)
            let site = try SiteFolder.prepare(root + "/site")
            try FileManager.default.createSymbolicLink(
                atPath: root + "/site/index.html", withDestinationPath: root + "/precious.txt")
            #expect {
                try site.write("index.html", contents: "home")
            } throws: { ($0 as? SiteFolder.SiteError)?.reason.hasPrefix("a symlink is in the way") == true }
            #expect(read(root + "/precious.txt") == outside)
            #expect(
                try FileManager.default.destinationOfSymbolicLink(atPath: root + "/site/index.html") == root
                    + "/precious.txt")
        }
    }

    /// A FIFO where a page goes would block the build forever if opened; a socket cannot be
    /// read either. Both are refused, never opened.
    @Test func refusesAFIFOOrASocketWhereAPageGoes() throws {
        try withTemporaryFolder { root in
            let site = try SiteFolder.prepare(root + "/site")
            try makeFIFO(root + "/site/index.html")
            try makeSocketFile(root + "/site/socket.html")
            let watchdog = FIFOWatchdog([root + "/site/index.html"])
            #expect {
                try site.write("index.html", contents: "home")
            } throws: { ($0 as? SiteFolder.SiteError)?.reason.hasPrefix("a FIFO is in the way") == true }
            #expect {
                try site.write("socket.html", contents: "home")
            } throws: { ($0 as? SiteFolder.SiteError)?.reason.hasPrefix("a socket is in the way") == true }
            #expect(!watchdog.stop())
            let attributes = try FileManager.default.attributesOfItem(atPath: root + "/site/index.html")
            #expect(attributes[.type] as? FileAttributeType != .typeRegular)
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
            #expect(marker.split(separator: "\n").count == 202)
            #expect(read(root + "/site/pages/3/p10.html") == "10")
        }
    }
}
