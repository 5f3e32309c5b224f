import SwiftUI

/// The language list, each language in its own name. On first run it is the whole app until the
/// user picks one; afterwards it is reached from home.
struct LanguageView: View {
    @EnvironmentObject private var shell: Shell
    let firstRun: Bool

    var body: some View {
        CoreScreen(load: { $0.languages() }) { languages in
            ScrollingColumn(direction: shell.app.direction()) {
                if firstRun { Text(shell.text(.appName)).font(.largeTitle.bold()) }
                SectionHeading(text: shell.text(.languagesHeading))
                if firstRun { Text(shell.text(.languageFirstRun)).foregroundColor(.secondary) }
                ForEach(languages, id: \.tag) { language in
                    ItemRow(title: language.selected ? "✓ " + language.name : language.name, direction: language.direction) {
                        choose(language.tag)
                    }
                    // VoiceOver says "selected" from the trait, in the phone's language, and reads
                    // the name without the check mark.
                    .accessibilityLabel(language.name)
                    .accessibilityAddTraits(language.selected ? .isSelected : [])
                }
            }
        }
    }

    private func choose(_ tag: String) {
        _ = shell.app.setLocales(locales: [tag] + Locale.preferredLanguages)
        LanguagePreference.choose(tag)
        // Every screen is rebuilt in the new language; on first run this lands on home.
        shell.restart()
    }
}
