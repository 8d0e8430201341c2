import Model
import Reports

/// The policy's two survey figures and the form they read.
struct SurveyFigures {
    let form: String
    let awareness: SurveyFigure
    let satisfaction: SurveyFigure

    /// The figures of `policy` (the defaults when none is loaded), typing answers by the form's
    /// and the modules' questions where the catalog has them.
    init(policy: Policy.Survey, catalogForms: [Form], modules: [ActivityModule]) throws {
        form = policy.form
        let questions = (catalogForms.first { $0.id == policy.form }?.questions ?? []) + modules.flatMap(\.survey)
        awareness = try SurveyFigure(.awareness, policy: policy, questions: questions)
        satisfaction = try SurveyFigure(.satisfaction, policy: policy, questions: questions)
    }

    /// The figures of the school's policy and catalog; without a policy, the default
    /// expressions when `defaultPolicy` allows it (a district reads other schools' files), else a refusal.
    init(_ school: SchoolContext, defaultPolicy: Bool = false) throws {
        let catalog = school.catalog()
        let policy = defaultPolicy ? catalog.policy?.survey ?? Policy.Survey() : try school.policy().survey
        try self.init(policy: policy, catalogForms: catalog.forms, modules: catalog.modules)
    }

    subscript(measure: SurveyMeasure) -> SurveyFigure {
        measure == .satisfaction ? satisfaction : awareness
    }
}
