import ChiBoCore
import Fluent
import Vapor

/// /units: the tree, a unit's page, creating, editing and moving units, officers.
enum UnitsController {
    @Sendable static func tree(req: Request) async throws -> HTMLPage {
        let principal = try req.principal()
        var roots: [UnitBranch] = []
        for root in try await UnitService.scopeRoots(req.db, principal) {
            roots.append(UnitBranch(unit: UnitDTO(root), children: try await UnitService.children(req.db, of: root.id!).map(UnitDTO.init)))
        }
        return HTMLPage(UnitViews.treePage(await req.pageContext(), roots: roots, canCreateRoot: principal.isGlobalAdmin))
    }
}
