import SwiftUI

/// The app: one core `App` for the process, one navigation stack of core screens.
///
/// `App` in this module is the core's object (the uniffi bindings are compiled into the app), so
/// SwiftUI's protocol is named in full.
@main
struct HuquqApp: SwiftUI.App {
    @StateObject private var shell = Shell.start()
    @Environment(\.scenePhase) private var scenePhase

    var body: some Scene {
        WindowGroup {
            RootView()
                .environmentObject(shell)
        }
        .onChange(of: scenePhase) { phase in
            shell.sceneChanged(to: phase)
        }
    }
}

/// The stack of screens, laid out in the direction of the app's language (which may differ from
/// the phone's), with the vault's screens covered whenever the app is not in front.
struct RootView: View {
    @EnvironmentObject private var shell: Shell

    var body: some View {
        Group {
            if let startError = shell.startError {
                // The built-in content could not be loaded: a broken build, said plainly.
                Text(startError).padding()
            } else if shell.needsLanguage {
                NavigationStack { LanguageView(firstRun: true) }
            } else {
                NavigationStack(path: $shell.path) {
                    HomeView()
                        .navigationDestination(for: Route.self) { route in
                            route.screen
                        }
                }
            }
        }
        // Built anew when the language changes or the vault is erased (`Shell.restart`).
        .id(shell.epoch)
        .environment(\.layoutDirection, shell.layoutDirection)
        .alert(shell.alert?.text ?? "", isPresented: shell.alertShown) {
            Button(shell.text(.actionOk), role: .cancel) {}
        }
        .overlay(alignment: .bottom) {
            if let message = shell.message { Toast(text: message) }
        }
    }
}

/// A short message at the bottom of the screen, gone by itself (the shell clears it).
private struct Toast: View {
    let text: String

    var body: some View {
        Text(text)
            .padding(.horizontal, 16)
            .padding(.vertical, 10)
            .background(.thinMaterial, in: Capsule())
            .padding(.bottom, 24)
            .accessibilityAddTraits(.isStaticText)
    }
}
