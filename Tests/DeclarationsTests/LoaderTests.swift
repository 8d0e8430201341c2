import Foundation
import Model
import Testing

@testable import Declarations

@Suite struct LoaderTests {
    static let minimalPolicy = """
        policy: minimal
        days: [mon, tue, wed, thu, fri]
        segments:
          - {id: activity, start: "15:30", end: "16:30"}
        latest_end: "18:00"
        """

    @Test func policyDefaultsFollowTheJinshanPlan() throws {
        let policy = try #require(CatalogLoader.loadPolicy(text: Self.minimalPolicy).value)
        #expect(policy.school == Policy.School(id: "minimal", name: LocalizedText("minimal")))
        #expect(policy.timezone == "Asia/Shanghai")
        #expect(policy.choicesMax == 5)
        #expect(policy.clubsPerStudent == 2)
        #expect(policy.studyGroup == Policy.StudyGroup(module: "study", size: 35))
        #expect(policy.fees == .forbidden)
        #expect(policy.contractRequired)
        #expect(policy.survey.form == "parent-satisfaction")
        #expect(policy.survey.satisfied.text == "${overall} >= 4")
        #expect(policy.survey.aware.text == "${aware} = 'yes'")
        #expect(policy.segment(id: "activity")?.name == LocalizedText("activity"))
        #expect(policy.allowsModule("arts", in: "activity"))
        #expect(!policy.allowsModule("arts", in: "latecare"))
    }

    @Test func formDefaults() throws {
        let form = try #require(
            CatalogLoader.loadForm(
                text: """
                    form: short
                    version: 3
                    title: {zh: 简短, en: Short}
                    questions:
                      - {id: overall, type: scale, min: 1, max: 5, labels: {1: 差, 5: 好}, text: 满意吗}
                    """
            ).value)
        #expect(form.audience == .parent)
        #expect(form.anonymous)
        #expect(form.oncePer == .family)
        #expect(form.questions[0].scalePoints == 1...5)
        #expect(form.questions[0].labels == [1: LocalizedText("差"), 5: LocalizedText("好")])
    }

    @Test func moduleTemplatesKeepTheirOrderAndTypes() throws {
        let module = try #require(
            CatalogLoader.loadModule(
                text: """
                    module: sports
                    version: 1
                    name: {zh: 体育, en: Sports}
                    segments: [activity, latecare]
                    grades: 1-5
                    capacity: {default: 30, max: 40}
                    fields:
                      - {id: venue, type: text, required: true}
                      - {id: intensity, type: choice, choices: [low, medium, high], default: medium}
                      - {id: kit, type: multi, choices: [ball, rope]}
                    rules:
                      - {check: "${intensity} != 'high' or ${grade_min} >= 3", message: 三年级及以上}
                    templates:
                      - title: {zh: 足球, en: Football}
                        grades: 3-5
                        capacity: 24
                        venue: 操场
                        intensity: high
                        days: [mon, wed]
                        kit: [ball]
                        segment: activity
                    survey:
                      - {id: sports_enjoy, type: scale, min: 1, max: 5, text: 喜欢吗}
                      - {id: sports_why, type: text, relevant: "${sports_enjoy} <= 2", text: 为什么}
                    """, path: "Plugins/sports/module.yaml"
            ).value)
        let template = try #require(module.templates.first)
        #expect(
            template.entries.map(\.name) == [
                "title", "grades", "capacity", "venue", "intensity", "days", "kit", "segment",
            ])
        #expect(template.title == LocalizedText(zh: "足球", en: "Football"))
        #expect(template.grades == GradeRange("3-5"))
        #expect(template.capacity == 24)
        #expect(template.days == [.mon, .wed])
        #expect(template.segment == "activity")
        #expect(template["kit"] == .multi(["ball"]))
        #expect(template["intensity"] == .text("high"))
        #expect(module.fields[1].defaultValue == .text("medium"))
        #expect(
            module.rules[0].check == SourceText("${intensity} != 'high' or ${grade_min} >= 3", line: 12, column: 14))
        #expect(module.allFactNames.suffix(3) == ["venue", "intensity", "kit"])
        #expect(module.survey.map(\.id) == ["sports_enjoy", "sports_why"])
    }

    @Test func diagnosticsSpeakChinese() throws {
        let result = CatalogLoader.loadModule(
            text: """
                module: sports
                version: 1
                name: 体育
                segments: [activity]
                grades: 1-5
                capacity: {default: 30}
                fields:
                  - {id: intensity, type: choise}
                """, path: "Plugins/sports/module.yaml")
        #expect(result.value == nil)
        let diagnostic = try #require(result.diagnostics.first)
        #expect(
            diagnostic.rendered(.zh) == """
                Plugins/sports/module.yaml:8:21: error: fields[0].type: 未知的类型 'choise'
                hint: 您是不是要写 'choice'？
                """)
        #expect(Diagnostic.summary(of: result.diagnostics, .zh) == "1 个错误")
    }

    @Test func moduleIdMustMatchItsFolderOnlyForModuleFiles() {
        let text = "module: music\nversion: 1\nname: 音乐\nsegments: [activity]\ngrades: 1-6\ncapacity: {default: 20}\n"
        #expect(CatalogLoader.loadModule(text: text, path: "Plugins/music/module.yaml").value != nil)
        #expect(CatalogLoader.loadModule(text: text, path: "elsewhere/draft.yaml").value != nil)
        let moved = CatalogLoader.loadModule(text: text, path: "Plugins/musik/module.yaml")
        #expect(moved.value == nil)
        #expect(
            moved.diagnostics.map(\.description) == [
                "Plugins/musik/module.yaml:1:1: error: module: module id 'music' differs from its folder "
                    + "'musik'\nhint: the id must equal the folder's name"
            ])
    }

    @Test func duplicateKeysAreReportedWhereTheyRepeat() {
        let result = CatalogLoader.loadModule(
            text: """
                module: dups
                version: 1
                version: 2
                name: x
                segments: [activity]
                grades: 1-5
                capacity: {default: 30, max: 40, default: 35}
                grades: 1-3
                """)
        #expect(
            result.diagnostics.map(\.description) == [
                "module.yaml:3:1: error: version: duplicate key 'version'\nhint: it is first given at line 2, column 1",
                "module.yaml:7:34: error: capacity.default: duplicate key 'default'\nhint: it is first given at "
                    + "line 7, column 12",
                "module.yaml:8:1: error: grades: duplicate key 'grades'\nhint: it is first given at line 6, column 1",
            ])
    }

    @Test func kindComesFromTheFirstKey() throws {
        let declaration = CatalogLoader.loadDeclaration(text: Self.minimalPolicy, path: "x.yaml").value
        #expect(declaration?.kind == .policy)
        let unknown = CatalogLoader.loadDeclaration(text: "semester: s1\n", path: "x.yaml")
        #expect(
            unknown.diagnostics.map(\.description) == [
                "x.yaml:1:1: error: not a module, policy or form: unexpected first key 'semester'\nhint: a "
                    + "declaration starts with 'module:', 'policy:' or 'form:'"
            ])
    }

    @Test func checkWalksFoldersAndCrossChecksTheFilesItFinds() {
        #expect(CatalogLoader.check(paths: [FixturePaths.fixture("contract")]).map(\.description) == [])
        let missing = CatalogLoader.check(paths: ["no/such/place.yaml"])
        #expect(
            missing.map(\.description) == [
                "no/such/place.yaml: error: cannot read 'no/such/place.yaml': no such file or folder"
            ])
    }

    @Test func checkAgainstTheLoadedCatalogReplacesNamesakes() {
        let context = FixtureTests.context
        // A checked policy that closes latecare to sports: the warning belongs to sports' file, which is not checked.
        let diagnostics = CatalogLoader.check(
            paths: [FixturePaths.fixture("context/Catalog/policy.yaml")], against: context)
        #expect(diagnostics.isEmpty)
    }

    @Test func crossFileProblemsAreCollectedFromTexts() {
        let catalog = CatalogLoader.load(texts: [
            ("Catalog/policy.yaml", Self.minimalPolicy),
            (
                "Plugins/arts/module.yaml",
                "module: arts\nversion: 1\nname: 艺术\nsegments: [activity, evening]\ngrades: 1-5\ncapacity: "
                    + "{default: 20}\n"
            ),
        ])
        #expect(catalog.modules.isEmpty)
        #expect(catalog.policy?.id == "minimal")
        #expect(
            catalog.report(.en) == """
                Catalog/policy.yaml:1:1: error: study_group.module: module 'study' does not exist
                Catalog/policy.yaml:1:1: error: survey.form: form 'parent-satisfaction' does not exist
                Plugins/arts/module.yaml:4:22: error: segments[1]: segment 'evening' is not in the policy
                hint: expected one of: activity
                3 errors
                """)
    }
}
