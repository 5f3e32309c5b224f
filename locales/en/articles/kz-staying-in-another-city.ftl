article-kz-staying-in-another-city =
    .title = Staying or working in another city: register there quickly
    .summary = As a permanent resident you may stay and work in another city without moving. But a stay there may need a temporary registration. Register as soon as you arrive.
    .keywords = business trip, work trip, another town, temporary address, propiska, registratsiya, TsON, public service center, PSC, dormitory, owner consent, eGov Mobile, shift work, vakhta, rotation work, hostel, staying with friends
    .unverified = Not confirmed: from which day a permanent resident must register in another city, and which fine applies. The 5-working-day period comes from news reports about new rules for visitors, which may not cover permanent residents. The 10-day period comes from government pages about citizens and from a website that does not name the article of the law. How to register is taken from news reports about the registration rules, not from the official text.
    .body =
        ## The short answer
        - You may travel, stay and work in another city. Moving freely is your right: see [freedom of movement](article:kz-freedom-of-movement).
        - Registration is a separate duty. You register at your place of residence, and also at your place of temporary stay: see "What we found" below.
        - If you stay in another city, ask for a temporary registration there. Do it as soon as you arrive.

        > [!WARNING]
        > We found no clear rule on when a permanent resident must register in another city. The shortest period we found is **5 working days**. Do not wait longer than that.

        ## What we found
        - The registration rules say the police register citizens and permanent residents at their place of residence, and also at their place of temporary stay.
        - The Ministry of Internal Affairs (MIA) has a public service for the permanent and temporary registration of foreigners who live permanently in Kazakhstan.
        - For citizens, egov.kz says temporary registration is for stays of more than 1 month. A government page says people who live more than 10 days without registration at a temporary address can be punished.
        - News reports say that since 1 July 2026, new rules ask visitors from visa-free countries to register online, and to register again within 5 working days after they change address. News reports say these rules are for visitors.

        ## How to register
        - Apply at a Public Service Centre (ЦОН). A police officer there checks your papers.
        - Bring your passport and your residence card. The rules also accept the digital documents in eGov Mobile.
        - The owner of the home must agree and show their ID. For a dormitory or another organisation, its administration makes a request.

        ## The fine
        We have not confirmed which fine applies to a permanent resident who stays in another city without registration. One website reports:
        - for citizens: a warning from 10 days to 1 month, then 7 MRP;
        - for permanent residents without registration at their permanent address for more than 10 days: 10 MRP.

        Fines given before 2015 came under an older Code of Administrative Offences, which is no longer in force. The case of the permanent resident from Mali who was fined in 2007 for living in Astana is told in [freedom of movement](article:kz-freedom-of-movement).

        ## What to do now
        1. Before you travel, ask the owner of your future home to agree to register you.
        2. Within 5 working days of arriving, go to a Public Service Centre and ask for a temporary registration.
        3. Keep the paper or screenshot that shows your registration and its date. Save it in the app's vault.
        4. A temporary stay is not a move. If you move for good, see [registering your address](article:kz-address-registration).
        5. If you are fined, you can appeal within 10 days: see [appealing a fine](article:kz-appeal-fine).
