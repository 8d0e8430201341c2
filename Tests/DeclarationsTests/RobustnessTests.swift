import Foundation
import Testing

@testable import Declarations

/// Nothing a file holds crashes the loader: every input ends in a declaration or in diagnostics.
@Suite struct RobustnessTests {
    static let inputs: [String] = [
        "", "---", "---\n...\n", "- a\n- b\n", "just text", "module: [a, b]", "module:\n  deep: {a: [1, {b: c}]}",
        "module: x\n---\nmodule: y\n", "\u{FEFF}module: bom\n", "module: crlf\r\nversion: 1\r\n",
        "? [a, b]\n: c\n", "module: &a x\nname: *a\n", "form: f\nquestions: {a: 1}\n", "policy: p\nsegments: [1, 2]\n",
        "module: m\nfields: [{id: a, type: choice, choices: [x, x], default: y}]\n",
        "module: m\ntemplates: [1, [2], {3: 4}]\n",
        "form: f\nquestions:\n  - {id: a, type: scale, min: 9, max: 1, labels: [x], default: 3}\n",
        "form: f\nquestions:\n  - {id: a, type: text, relevant: '${', constraint: \"((((((\"}\n",
        "policy: p\nsurvey: {satisfied: '', aware: '${x'}\n",
        "module: m\ngrades: 99999999999999999999-1\ncapacity: {default: 99999999999999999999}\n",
        "a: 1\na: 2\na: 3\nb: 1\nb: 2\n", "{module: m, module: n}", "module: \"unterminated\n", "\t\tmodule: x\n",
    ]

    @Test(arguments: inputs)
    func strangeInputEndsInDiagnostics(_ text: String) {
        let result = CatalogLoader.loadDeclaration(text: text, path: "x.yaml")
        #expect(result.value != nil || !result.errors.isEmpty)
        for diagnostic in result.diagnostics {
            #expect(diagnostic.line >= 1 && diagnostic.column >= 1)
            #expect(!diagnostic.message.text(.en).isEmpty && !diagnostic.message.text(.zh).isEmpty)
        }
    }

    @Test func invalidUTF8IsFoundWherever() {
        #expect(YAMLDocument.firstInvalidUTF8(Array("abc".utf8)) == nil)
        #expect(YAMLDocument.firstInvalidUTF8([0x61, 0xFF, 0x62]) == 1)
        #expect(YAMLDocument.firstInvalidUTF8([0xE4, 0xBD]) == 0)
    }
}
