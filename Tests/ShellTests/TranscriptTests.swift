import Foundation
import TestSupport
import Testing

/// Each transcript in `Transcripts/` run through the built `afterschool` program: what it prints
/// on stdout and stderr and its exit code, exactly (see `Transcript` for the file format).
@Suite struct TranscriptTests {
    @Test(arguments: Transcript.all())
    func transcript(_ transcript: Transcript) throws {
        let result = try transcript.run()
        let expected = { (lines: [String]) in Transcript.expected(lines, temporary: result.temporary) }
        #expect(
            result.stdout.replacingOccurrences(of: "\r\n", with: "\n") == expected(transcript.stdout),
            "stdout of \(transcript.name)")
        #expect(result.stderr == expected(transcript.stderr), "stderr of \(transcript.name)")
        #expect(result.exitCode == transcript.exitCode, "exit code of \(transcript.name)")
    }

    @Test func thereAreTranscripts() {
        #expect(Transcript.all().count >= 5)
    }

    @Test func theProgramRunIsTheOneBuiltWithTheTests() throws {
        let program = try Program.executable()
        #expect(Program.testProducts.contains(program.deletingLastPathComponent()), "\(program.path)")
    }

    @Test func argumentsInQuotesAreOneWord() {
        let transcript = Transcript(
            name: "t", text: "$ afterschool --lang en -c 'semester list' -c \"help semester\"\n")
        #expect(transcript.arguments == ["--lang", "en", "-c", "semester list", "-c", "help semester"])
    }
}
