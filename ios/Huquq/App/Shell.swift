import SwiftUI
import UIKit

/// What every screen may ask of the app: the core, navigation, messages, background work, and the
/// vault's session. One per process, on the main actor.
@MainActor
final class Shell: ObservableObject {
    /// The core. Every string a screen shows comes from it.
    let app: App!
    /// The screens above home, as ids (never anything the user typed).
    @Published var path: [Route] = [] { didSet { RouteStore.save(path) } }
    /// Bumped when data changed behind the screens: each asks the core for its model again.
    @Published private(set) var generation = 0
    /// Bumped to build every screen anew from home (the language changed, the vault was erased).
    @Published private(set) var epoch = 0
    @Published private(set) var needsLanguage: Bool
    @Published private(set) var layoutDirection: LayoutDirection = .leftToRight
    @Published var alert: AlertText?
    @Published private(set) var message: String?
    /// The app is not in front (the app switcher, another app, the phone locked).
    @Published private(set) var notInFront = false
    let startError: String?

    private var holds = 0
    /// The vault was open when the app left the screen: on return, screens showing it may be stale.
    private var openWhenLeft = false
    private var messageClear: Task<Void, Never>?
    private var timeChange: NSObjectProtocol?

    struct AlertText: Identifiable {
        let id = UUID()
        let text: String
    }

    private init(app: App?, startError: String?) {
        self.app = app
        self.startError = startError
        needsLanguage = LanguagePreference.chosen == nil
        path = RouteStore.load()
        refreshDirection()
        // A new day, a time zone crossed, the clock set: the reminders' times move with it.
        timeChange = NotificationCenter.default.addObserver(
            forName: UIApplication.significantTimeChangeNotification, object: nil, queue: .main
        ) { [weak self] _ in
            Task { @MainActor [weak self] in self?.rearmReminders() }
        }
    }

    /// Opens the core in the app's private, protected folder.
    static func start() -> Shell {
        do {
            let folder = try DataFolder.prepare()
            let app = try App.open(dataDir: folder.path, locales: LanguagePreference.requested)
            let shell = Shell(app: app, startError: nil)
            CaptureFiles.clear(staleOnly: true)
            shell.rearmReminders()
            return shell
        } catch let error as HuquqError {
            return Shell(app: nil, startError: error.reason)
        } catch {
            return Shell(app: nil, startError: error.localizedDescription)
        }
    }

    func text(_ text: UiText) -> String { app?.uiText(text: text) ?? "" }

    func text(_ text: UiText, _ args: [String: String]) -> String {
        app?.uiTextWith(text: text, args: args) ?? ""
    }

    func count(_ text: UiText, _ count: UInt32) -> String { app?.uiCount(text: text, count: count) ?? "" }

    // MARK: navigation

    func push(_ route: Route) { path.append(route) }

    func back() { if !path.isEmpty { path.removeLast() } }

    func replace(with route: Route) {
        if !path.isEmpty { path.removeLast() }
        path.append(route)
    }

    /// Every screen rebuilt from home: the language changed, the vault was erased.
    func restart() {
        needsLanguage = LanguagePreference.chosen == nil
        path = []
        refreshDirection()
        generation += 1
        epoch += 1
    }

    /// The screens ask the core for their models again (data changed behind them). What the user
    /// is typing and where they are stay as they are.
    func refresh() { generation += 1 }

    var alertShown: Binding<Bool> {
        Binding(get: { self.alert != nil }, set: { if !$0 { self.alert = nil } })
    }

    /// Shows a core error's reason: already in the user's language, naming no personal data.
    func show(_ error: Error) {
        alert = AlertText(text: (error as? HuquqError)?.reason ?? text(.errorStorage))
    }

    func show(message text: String) {
        message = text
        messageClear?.cancel()
        messageClear = Task { [weak self] in
            try? await Task.sleep(nanoseconds: 3_500_000_000)
            if !Task.isCancelled { self?.message = nil }
        }
    }

    private func refreshDirection() {
        guard let app else { return }
        layoutDirection = app.direction() == .rtl ? .rightToLeft : .leftToRight
    }

    // MARK: background work and the vault's session

    /// Runs slow core work (a photo's re-encoding, Argon2 for a PIN, a backup) off the main thread
    /// and hands the outcome back on it. The vault is held open meanwhile.
    func run<T>(_ work: @escaping (App) throws -> T, done: @escaping (Result<T, Error>) -> Void) {
        guard let app else { return }
        let release = hold()
        DispatchQueue.global(qos: .userInitiated).async {
            let result = Result { try work(app) }
            DispatchQueue.main.async {
                done(result)
                release()
            }
        }
    }

    /// Keeps the vault open until the returned function is called (once): work in the background,
    /// or a camera, picker or file chooser whose result goes into the vault.
    func hold() -> () -> Void {
        holds += 1
        var released = false
        return { [weak self] in
            guard let self, !released else { return }
            released = true
            self.holds -= 1
            if self.holds == 0 && self.notInFront { self.lockVault() }
        }
    }

    /// The vault locks whenever the app leaves the screen (the phone locks, the user switches
    /// apps): a phone taken from a pocket must not hold an open vault. Two things hold it open
    /// across that: a camera, picker or file chooser whose result goes into the vault, and work in
    /// the background; the lock then comes when the last hold ends. Back in front with the vault
    /// locked meanwhile, the screens reload, so a vault screen asks for the PIN again.
    func sceneChanged(to phase: ScenePhase) {
        switch phase {
        case .active:
            notInFront = false
            PrivacyShield.hide()
            rearmReminders()
            guard openWhenLeft else { return }
            openWhenLeft = false
            // Still held: nothing was locked, and the work in progress (which holds the core's
            // lock) must not be waited for on the main thread, nor a camera rebuilt away.
            if holds == 0 && !(app?.vaultIsOpen() ?? false) { refresh() }
        case .inactive, .background:
            leave(locking: phase == .background)
        @unknown default:
            leave(locking: true)
        }
    }

    private func leave(locking: Bool) {
        notInFront = true
        if path.contains(where: \.isPrivate) { PrivacyShield.show(title: text(.appName)) }
        guard locking else { return }
        if holds == 0 {
            openWhenLeft = openWhenLeft || (app?.vaultIsOpen() ?? false)
            lockVault()
        } else {
            openWhenLeft = true
        }
    }

    private func lockVault() {
        app?.lockVault()
        // No camera, picker or share is running (each holds the vault open), so no copy of a
        // page outside the vault has a job left.
        CaptureFiles.clear(staleOnly: false)
    }

    // MARK: reminders

    /// Hands the core's next notifications to the system: at start, back in front, after a time
    /// change and after every change to documents or deadlines.
    func rearmReminders() {
        guard let app else { return }
        ReminderScheduler.rearm(app: app)
        // The question comes once a reminder is planned, not at first launch (iOS asks only once).
        ReminderScheduler.askWhenRelevant(app: app)
    }
}
