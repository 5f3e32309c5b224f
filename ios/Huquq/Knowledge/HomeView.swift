import SwiftUI

/// The start screen: search, the user's own documents, reminders and journal, topics, cards,
/// contacts.
struct HomeView: View {
    @EnvironmentObject private var shell: Shell
    @Environment(\.openURL) private var openURL

    var body: some View {
        CoreScreen(load: { $0.home() }) { home in
            ScrollingColumn(direction: home.direction) {
                Text(home.appName).font(.largeTitle.bold()).accessibilityAddTraits(.isHeader)
                Text(home.greeting)
                // Looks like the search box but opens the search screen, where typing happens.
                Button { shell.push(.search) } label: {
                    HStack {
                        Image(systemName: "magnifyingglass").accessibilityHidden(true)
                        Text(home.searchHint).foregroundColor(.secondary)
                        Spacer()
                    }
                    .padding(12)
                    .frame(minHeight: 44)
                    .background(RoundedRectangle(cornerRadius: 10).fill(Color(uiColor: .secondarySystemBackground)))
                }
                .buttonStyle(.plain)

                ItemRow(title: shell.text(.homeVault), lines: [shell.text(.homeVaultHint)]) { shell.push(.vault) }
                ItemRow(title: shell.text(.remindersTitle), lines: [shell.text(.homeRemindersHint)]) { shell.push(.reminders) }
                ItemRow(title: shell.text(.homeJournal), lines: [shell.text(.homeJournalHint)]) { shell.push(.journal) }

                SectionHeading(text: home.topicsHeading)
                ForEach(home.topics, id: \.id) { topic in
                    ItemRow(title: topic.title, lines: [topic.summary, shell.count(.topicArticleCount, topic.articleCount)]) {
                        shell.push(.topic(topic.id))
                    }
                }

                if !home.cards.isEmpty {
                    SectionHeading(text: home.cardsHeading)
                    ForEach(home.cards, id: \.id) { card in
                        ItemRow(title: card.title, lines: [card.situation]) { shell.push(.card(card.id)) }
                    }
                }

                if !home.contacts.isEmpty {
                    SectionHeading(text: home.contactsHeading)
                    ForEach(home.contacts, id: \.id) { contact in contactView(contact) }
                }

                Spacer(minLength: 24)
                ItemRow(title: shell.text(.glossaryTitle)) { shell.push(.glossary) }
                ItemRow(title: shell.text(.languagesHeading)) { shell.push(.language) }
                ItemRow(title: shell.text(.homeSettings)) { shell.push(.settings) }
            }
        }
    }

    @ViewBuilder
    private func contactView(_ contact: ContactItem) -> some View {
        VStack(alignment: .leading, spacing: 4) {
            Text(contact.name).font(.headline)
            Text(contact.description)
            if let phone = contact.phone {
                // Calling needs no network: the phone app opens with the number.
                Button(shell.text(.contactPhone, ["phone": phone])) { dial(phone) }
                    .frame(minHeight: 44)
            }
            // The app has no network: the address is shown for the user to open elsewhere.
            if let website = contact.website {
                Text(shell.text(.contactWebsite, ["website": website]))
                    .font(.footnote).foregroundColor(.secondary).textSelection(.enabled)
            }
        }
        .padding(.vertical, 8)
        Divider()
    }

    private func dial(_ phone: String) {
        let digits = phone.filter { $0.isNumber || $0 == "+" }
        guard let url = URL(string: "tel:" + digits) else { return }
        openURL(url) { opened in
            if !opened { shell.show(message: shell.text(.homeNoDialer, ["phone": phone])) }
        }
    }
}
