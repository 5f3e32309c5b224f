import Foundation

/// What the user typed or chose on a screen, kept while its route is on the stack. The shell builds
/// a screen again on every refresh and when the vault opens after a lock; the Kotlin screens keep
/// this on their screen object for the same reason.
enum KeptState {
    private static var kept: [Route: AnyObject] = [:]

    static func object<T: AnyObject>(for route: Route, make: () -> T) -> T {
        if let found = kept[route] as? T { return found }
        let made = make()
        kept[route] = made
        return made
    }

    /// Drops what belongs to screens no longer on the stack (gone back from, or saved).
    static func sweep(keeping path: [Route]) {
        kept = kept.filter { path.contains($0.key) }
    }
}
