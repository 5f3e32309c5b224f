import SwiftUI
import UIKit

/// A window over everything the app shows, sheets and alerts included, while the app is not in
/// front: the app switcher's snapshot then shows the app's name instead of a document, a page or a
/// journal entry. (An overlay inside the SwiftUI hierarchy would not cover a sheet.)
@MainActor
enum PrivacyShield {
    private static var window: UIWindow?

    static func show(title: String) {
        guard window == nil,
              let scene = UIApplication.shared.connectedScenes.compactMap({ $0 as? UIWindowScene }).first
        else { return }
        let cover = UIWindow(windowScene: scene)
        cover.windowLevel = .alert + 1
        cover.rootViewController = UIHostingController(rootView: ShieldView(title: title))
        cover.isHidden = false
        window = cover
    }

    static func hide() {
        window?.isHidden = true
        window = nil
    }
}

private struct ShieldView: View {
    let title: String

    var body: some View {
        ZStack {
            Color(uiColor: .systemBackground).ignoresSafeArea()
            Text(title).font(.title.bold())
        }
    }
}
