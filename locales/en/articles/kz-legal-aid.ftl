article-kz-legal-aid =
    .title = Where to get legal help
    .summary = Legal help for migrants in Kazakhstan comes from the Kazakhstan International Bureau for Human Rights and Rule of Law (KIBHR), UNHCR and its partners. Report bribes to 1424.
    .keywords = free lawyer, lawyer, attorney, legal advice, legal consultation, pro bono, NGO, human rights organization, human rights bureau, advocate, Sana Sezim, Red Crescent, bureau.kz, need a lawyer, vakil, legal clinic, human rights defender, solicitor, paralegal
    .unverified = The article of the Code of Administrative Offences on restoring a missed 10-day appeal deadline is not confirmed; the rule is reported by a news item (2026).
    .body =
        ## KIBHR
        The Kazakhstan International Bureau for Human Rights and Rule of Law (KIBHR):

        - is a human rights organisation, founded in 1993;
        - has its head office in Almaty, and branches in the regions;
        - gives legal counselling and represents people in court;
        - has a website: [bureau.kz](https://bureau.kz).

        In one reported case, a KIBHR lawyer helped a long-term resident from Mali in his dispute about his residence rights.

        ## UNHCR and its partners
        UNHCR, the UN Refugee Agency, has worked in Kazakhstan since 1995. In 2020 its Regional Representation for Central Asia was in Almaty, according to UNHCR's website. UNHCR has run a legal aid programme in Kazakhstan.

        A UNHCR fact sheet dated December 2015 lists these partners:

        - **KIBHR**: legal counselling and court representation;
        - **Sana Sezim**: legal help for stateless people;
        - **Red Crescent**: social and medical aid;
        - **International Association for Social Projects**: education and help to become self-reliant.

        > [!NOTE]
        > This list is from 2015. Organisations and programmes change. Check before you go.

        ## Corruption: call 1424
        If an official asks you for a bribe, call **1424**, the call centre of the Anti-Corruption Service. The call is free, and the line works 24 hours a day, 7 days a week. See [bribes and the 1424 line](article:kz-bribes-1424).

        ## What to do now
        1. Gather your papers: copies of your passport and permits, protocols, decisions, receipts and slips. The app's vault helps.
        2. Write down the dates: when things happened, and every deadline. A fine can be appealed only within 10 days of receiving a copy of the decision: see [appealing a fine](article:kz-appeal-fine). If you missed the 10 days for a good reason, such as illness, you can ask to restore the deadline: file a petition together with your complaint, with proof of the reason. The article of the Code on this is not confirmed.
        3. Contact an organisation early, before a deadline ends.
        4. You find these organisations in the app, under "Where to get help".
