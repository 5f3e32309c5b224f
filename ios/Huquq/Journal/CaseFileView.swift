import SwiftUI
import UniformTypeIdentifiers

/// The case file for a lawyer, drawn from the core's options model: the lawyer's language and the
/// user's beside it, the documents and pages to include, encryption. The options live here while
/// the user chooses; the core makes the PDF, and the system's exporter takes it where the user
/// wants (Files, a USB stick, another app's folder) without a permission.
struct CaseFileView: View {
    @EnvironmentObject private var shell: Shell
    @StateObject private var choices = KeptState.object(for: .caseFile) { CaseFileChoices() }
    @StateObject private var prompts = PromptQueue<FilePrompt>()
    @StateObject private var progress = BackupProgress()
    @State private var model: CaseFileScreen?
    @State private var failure: String?
    @State private var export: FileExport?

    var body: some View {
        Group {
            if let model {
                content(model)
            } else if let failure {
                Text(failure).padding()
            } else {
                ProgressView()
            }
        }
        .onAppear { load() }
        .onChange(of: shell.generation) { _ in load() }
        .onDisappear { KeptState.sweep(keeping: shell.path) }
        .prompts(prompts) { FilePromptSheet(prompt: $0, prompts: prompts, progress: progress) }
    }

    /// The screen for the options held here (the core's own on first build).
    private func load() {
        do {
            let loaded = try shell.app.caseFileScreen(options: choices.options, now: Date())
            choices.options = loaded.options
            model = loaded
            failure = nil
        } catch {
            failure = (error as? HuquqError)?.reason ?? shell.text(.errorStorage)
        }
    }

    private func content(_ model: CaseFileScreen) -> some View {
        ScrollingColumn(direction: model.direction) {
            Text(model.title).font(.title2.bold()).accessibilityAddTraits(.isHeader)
            Text(model.note).font(.subheadline).foregroundColor(.secondary)

            SectionHeading(text: model.lawyerLabel)
            languages(model.lawyerLanguages) { tag in change { $0.lawyerLanguage = tag } }
            SectionHeading(text: model.userLabel)
            languages(model.userLanguages) { tag in change { $0.userLanguage = tag } }

            includes(model.documentsLabel, model.documents, \.documentIds)
            includes(model.pagesLabel, model.pages, \.pageIds)

            Toggle(model.encryptLabel, isOn: Binding(get: { choices.encrypt ?? model.encrypt }, set: { choices.encrypt = $0 }))
                .frame(minHeight: 44)
            Text(model.encryptHint).font(.subheadline).foregroundColor(.secondary)
            ScreenButton(title: model.exportLabel) { exportFile(model) }
                .fileExport($export)
        }
    }

    /// One choice per language, each name in its own direction (it is in that language).
    private func languages(_ items: [LanguageItem], choose: @escaping (String) -> Void) -> some View {
        ForEach(items, id: \.tag) { item in
            ChoiceRow(label: "\u{2068}\(item.name)\u{2069}", selected: item.selected) { choose(item.tag) }
                .accessibilityLabel(item.name)
        }
    }

    /// A box per thing to include; ticking one changes the options held here (no rebuild).
    @ViewBuilder
    private func includes(_ label: String, _ items: [IncludeChoice], _ ids: WritableKeyPath<CaseFileOptions, [String]>) -> some View {
        if !items.isEmpty, let options = choices.options {
            SectionHeading(text: label)
            ForEach(items, id: \.id) { item in
                TickRow(label: item.label, ticked: options[keyPath: ids].contains(item.id)) { ticked in
                    guard var current = choices.options else { return }
                    let others = current[keyPath: ids].filter { $0 != item.id }
                    current[keyPath: ids] = ticked ? others + [item.id] : others
                    choices.options = current
                }
            }
        }
    }

    /// A language changed: the screen is asked for again (the core's texts follow the language).
    private func change(_ edit: (inout CaseFileOptions) -> Void) {
        guard var options = choices.options else { return }
        edit(&options)
        choices.options = options
        load()
    }

    private func exportFile(_ model: CaseFileScreen) {
        guard let chosen = choices.options else { return }
        if choices.encrypt ?? model.encrypt {
            prompts.show(.passphrase(PassphrasePrompt(title: model.title, twice: true) { passphrase in
                write(chosen, key: .passphrase(passphrase: passphrase), name: model.encryptedFileName, type: .data)
            }))
        } else {
            write(chosen, key: nil, name: model.fileName, type: .pdf)
        }
    }

    private func write(_ chosen: CaseFileOptions, key: BackupKey?, name: String, type: UTType) {
        progress.start(.caseFile, app: shell.app)
        prompts.show(.progress)
        let listener = progress.listener()
        shell.run({ (app: App) throws -> (url: URL, value: CaseFileSummary) in
            try FileExport.make(purpose: "casefile", extension: "pdf") { file in
                try app.exportCaseFile(options: chosen, destPath: file.path, key: key, now: Date(), listener: listener)
            }
        }) { result in
            progress.stop()
            prompts.close {
                switch result {
                case .success(let made):
                    let summary = made.value
                    let counts = ["pages": "\(summary.pages)", "entries": "\(summary.entries)", "pictures": "\(summary.pictures)"]
                    let done: UiText = summary.encrypted ? .casefileDoneEncrypted : .casefileDone
                    export = FileExport(url: made.url, name: name, type: type) {
                        shell.show(message: shell.text(done, counts))
                    }
                case .failure(let error):
                    shell.show(error)
                }
            }
        }
    }
}

/// The options while the user chooses, kept across rebuilds as the Kotlin screen keeps them.
final class CaseFileChoices: ObservableObject {
    @Published var options: CaseFileOptions?
    /// The user's choice; until there is one, the core's.
    @Published var encrypt: Bool?
}
