article-kz-appeal-fine =
    .title = Appealing a fine: you have 10 days
    .summary = You can challenge a fine decision within 10 days of receiving a copy of it, at a higher body or in court.
    .unverified = The exact article number of the appeal rule (reported as KoAP Art. 829-4) is not yet confirmed.
    .body =
        ## The deadline: 10 days
        You may appeal within **10 days** of the day you _received a copy_ of the decision. Count from the day you got the copy.

        ## Where to appeal
        - To a higher body: the office or official above the one that decided.
        - Or to a court.

        The higher body must decide within 10 days (KoAP Art. 826-3).

        As a foreigner, you may go to the courts and state bodies with the same procedural rights as a citizen (Law on the Legal Status of Foreigners, Art. 18).

        ## Your rights in the appeal
        - You may have a defender (a lawyer).
        - You may use your native language and have an interpreter **free of charge**.
        - You may present evidence.

        ## What to do now
        1. Write down the date you received the decision.
        2. Write your complaint: which decision, and why you disagree.
        3. Add copies of your evidence, for example receipts or papers.
        4. Hand it in before the 10 days end. Keep a copy of everything you file.

        > [!WARNING]
        > Missed the 10 days? You can ask to restore the deadline. Write a petition and explain your good reason. The deadline is restored only for a good reason.

        Read also [your rights when a protocol is drawn up](article:kz-protocol-rights), [how to file a written appeal](article:kz-written-appeal) and [paying fines](article:kz-paying-fines).
