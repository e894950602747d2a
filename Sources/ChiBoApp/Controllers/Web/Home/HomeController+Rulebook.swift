import ChiBoCore
import Fluent
import Vapor

/// GET /rulebook: the rulebook in force on a date.
extension HomeController {
    @Sendable static func rulebook(req: Request) async throws -> HTMLPage {
        let date = (try? req.query.get(String.self, at: "date")).flatMap(CivilDate.init(parsing:)) ?? req.clock.today
        return HTMLPage(RulebookView.page(await req.pageContext(), Rulebook.inForce(on: date)))
    }
}
