import SwiftUI
import UserNotifications

/// One document as the core's model gives it: fields, pages, payments, its deadlines.
struct DocumentView: View {
    @EnvironmentObject private var shell: Shell
    let id: String
    @State private var confirmingDelete = false
    @State private var notificationsOff = false

    var body: some View {
        // Deleted on another screen meanwhile: the core's "not found" is shown in place.
        CoreScreen(load: { try $0.documentScreen(id: id, now: Date()) }) { screen in
            ScrollingColumn(direction: screen.direction) {
                Text(screen.title).font(.title.bold()).accessibilityAddTraits(.isHeader)
                ForEach(Array(screen.fields.enumerated()), id: \.offset) { _, field in
                    Text(field.label).font(.subheadline).foregroundColor(.secondary).padding(.top, 4)
                    Text(field.value).font(.title3)
                }
                SectionHeading(text: screen.pagesHeading)
                if let none = screen.noPagesText { Text(none) }
                if !screen.pages.isEmpty { PageThumbnails(pages: screen.pages, documentId: id) }
                if !screen.payments.isEmpty {
                    SectionHeading(text: screen.paymentsHeading)
                    ForEach(screen.payments, id: \.paymentId) { payment in Text(payment.text) }
                }
                if !screen.deadlines.isEmpty {
                    SectionHeading(text: screen.deadlinesHeading)
                    // Its deadlines remind only if notifications reach the user: say so where it matters.
                    if notificationsOff {
                        Text(shell.text(.remindersNotificationsOff)).font(.subheadline).foregroundColor(.secondary)
                    }
                    ForEach(screen.deadlines, id: \.id) { deadline in Text("\(deadline.title): \(deadline.status)") }
                }
                Button(screen.editLabel) { shell.push(.editDocument(id)) }
                    .buttonStyle(.borderedProminent)
                    .controlSize(.large)
                    .padding(.top, 16)
                Button(screen.deleteLabel, role: .destructive) { confirmingDelete = true }
                    .buttonStyle(.bordered)
                    .controlSize(.large)
            }
            .navigationTitle(screen.title)
            .navigationBarTitleDisplayMode(.inline)
            .alert(screen.deleteConfirm, isPresented: $confirmingDelete) {
                Button(shell.text(.actionDelete), role: .destructive, action: delete)
                Button(shell.text(.actionCancel), role: .cancel) {}
            }
        }
        .onAppear(perform: checkNotifications)
    }

    /// Off unless the user allowed them (not yet asked counts as off, as on Android 13 and later).
    private func checkNotifications() {
        UNUserNotificationCenter.current().getNotificationSettings { settings in
            let allowed: Bool
            switch settings.authorizationStatus {
            case .authorized, .provisional, .ephemeral: allowed = true
            default: allowed = false
            }
            DispatchQueue.main.async { notificationsOff = !allowed }
        }
    }

    private func delete() {
        do {
            try shell.app.deleteDocument(id: id)
        } catch {
            shell.show(error)
            return
        }
        // Its expiry was a deadline: reminders for it must go.
        shell.rearmReminders()
        shell.show(message: shell.text(.vaultDeleted))
        shell.back()
    }
}
