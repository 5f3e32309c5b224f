import SwiftUI

/// A backup, restore or case file in progress, drawn from the core's progress model in a sheet
/// that cannot be pulled away: the work holds the vault (the core serializes access), so the other
/// vault screens would only wait for it anyway.
@MainActor
final class BackupProgress: ObservableObject {
    @Published private(set) var screen: ProgressScreen?
    private var kind: ProgressKind = .backup
    private var app: App?

    func start(_ kind: ProgressKind, app: App) {
        self.kind = kind
        self.app = app
        screen = app.progress(kind: kind, done: 0, total: 0)
    }

    func stop() {
        screen = nil
        app = nil
    }

    /// Reports from the core's thread. Each report hops to the main actor, where the core's
    /// progress model is asked for: the core must not be called back from its own thread.
    func listener() -> ProgressListener {
        ProgressRelay { [weak self] done, total in self?.update(done: done, total: total) }
    }

    private func update(done: UInt64, total: UInt64) {
        // A report that arrives after the end is dropped.
        guard screen != nil, let app else { return }
        screen = app.progress(kind: kind, done: done, total: total)
    }
}

private final class ProgressRelay: ProgressListener, @unchecked Sendable {
    private let report: @MainActor @Sendable (UInt64, UInt64) -> Void

    init(_ report: @escaping @MainActor @Sendable (UInt64, UInt64) -> Void) {
        self.report = report
    }

    func onProgress(done: UInt64, total: UInt64) {
        let report = self.report
        Task { @MainActor in report(done, total) }
    }
}

struct ProgressSheet: View {
    @EnvironmentObject private var shell: Shell
    @ObservedObject var progress: BackupProgress

    var body: some View {
        VStack(alignment: .leading, spacing: 16) {
            if let screen = progress.screen {
                Text(screen.title).font(.headline)
                if let percent = screen.percent {
                    ProgressView(value: Double(percent), total: 100)
                } else {
                    ProgressView()
                }
                Text(screen.text).font(.subheadline)
            }
        }
        .padding(20)
        .frame(maxWidth: .infinity, alignment: .leading)
        .environment(\.layoutDirection, shell.app.direction().layout)
        .interactiveDismissDisabled()
        .presentationDetents([.medium])
    }
}
