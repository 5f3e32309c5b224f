article-kz-court-appeal =
    .title = Appealing a court decision, for example on expulsion
    .summary = If a court decided against you, for example ordered your expulsion, you can appeal to a higher court. Act at once: in expulsion cases under the Civil Procedure Code the deadline is not confirmed and may be shorter than 10 days. In cases about administrative offences it is reported as 10 days from the day you receive a copy.
    .keywords = deportation appeal, deportation order, appeal court, court of appeal, court ruling, judgment, judge decision, cassation, Supreme Court, overturn decision, appeal deadline, prosecutor protest, stop deportation, 7 days to leave, lost my case, court verdict, judge ordered deportation, second court, challenge the ruling
    .unverified = Not confirmed: the exact article on appeals against court decisions (Art. 829-4 of the Code of Administrative Offences is reported); whether you hand in the appeal at the court that decided or at the higher court; whether expulsion waits while the appeal runs; whether the 10 days are calendar days (we count calendar days, which gives the earlier date); the deadline when expulsion was decided under the Civil Procedure Code (it may be shorter); the rules and deadlines for cassation and for a prosecutor's protest; whether an entry ban follows every expulsion, and for how long (Government Decree No. 175 of 6 April 2017 gave 5 years when a criminal court's verdict ordered the expulsion).
    .body =
        ## Which kind of case is yours?
        A court can order expulsion in two ways:

        - as a **penalty** in a case about an administrative offence, under the Code of Administrative Offences;
        - on an **application of the police**, under the Civil Procedure Code (Supreme Court guidance of 13 December 2013, No. 4).

        Read your decision: it names the code. Keep the original and make copies.

        ## The deadline: 10 days, maybe less
        - In an expulsion case under the Civil Procedure Code the deadline is **not confirmed, and it may be shorter than 10 days**. In one 2022 case the court gave the person only **7 days** to leave. Act the same day.
        - In a case about an administrative offence you may appeal within **10 days** of the day you _received a copy_ of the decision (reported, Art. 829-4). Count calendar days, from the day you got the copy.

        > [!WARNING]
        > Do not wait for day 10. Hand in your appeal as early as you can. A missed deadline can be restored only for a good reason, on a written petition.

        ## Where to appeal
        A court decision is appealed to the **higher court**. Ask the office of the court that decided, in writing, where and how to hand in your appeal, and ask for a stamp on your copy.

        ## While the appeal runs
        - It is not confirmed that expulsion waits until the appeal is decided. Your lawyer should ask the court about this at once.
        - A person held for expulsion may be kept only as long as needed, and not more than **30 days** (Migration Law, Art. 60). Whether another rule allows a longer hold is not confirmed.
        - Expulsion may bring an **entry ban of up to 5 years**. That a 5-year ban follows every expulsion is not confirmed. See [entry ban](article:kz-entry-ban).

        ## Your rights
        - a defender (a lawyer);
        - if you do not know the language of the proceedings, or do not know it well enough: your native language and an interpreter **free of charge** (Code of Administrative Offences, Art. 744 and 738);
        - to read the case file, make copies and present evidence (Code of Administrative Offences, Art. 744);
        - the same procedural rights as a citizen (Law on the Legal Status of Foreigners, Art. 18).

        Courts must also apply international treaties, such as the International Covenant on Civil and Political Rights. See [a fair hearing](article:intl-fair-hearing).

        ## After the appeal
        Decisions in force can be reviewed later, for example by the Supreme Court in **cassation**, or after a **protest** of the prosecutor. The deadlines are not confirmed. Ask a lawyer.

        ## What to do now
        1. Ask for a copy of the decision. Write down the day you received it.
        2. If you do not understand it, ask for an interpreter.
        3. Get [legal help](article:kz-legal-aid) the same day.
        4. Write why the decision is wrong. Add proof: receipts, your family ties, work, home.
        5. Hand it in, keep a stamped copy and save a photo in the app's vault.
        6. Ask that your consulate be told: see [consular rights](article:kz-consular-rights).
