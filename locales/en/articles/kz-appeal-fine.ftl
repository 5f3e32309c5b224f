article-kz-appeal-fine =
    .title = Appealing a fine: you have 10 days
    .summary = You can challenge a fine decision within 10 days of receiving a copy of it, at a higher body or in court.
    .keywords = shtraf, contest fine, dispute a fine, unfair fine, wrong fine, fine complaint, challenge penalty, overturn fine, cancel fine, missed deadline, restore deadline, higher authority, appeal, penalty, wrongly fined, fined for nothing, fine is wrong, 10 days to appeal, reduce the fine
    .unverified = Not confirmed: the exact article that sets the 10-day deadline for filing (reported as KoAP Art. 829-4), the article on restoring a missed deadline, and whether you hand in the appeal at the office that decided or directly at the higher body or court. The 10 days are reported as full days ("суток"), so Huquq counts calendar days.
    .body =
        ## The deadline: 10 days
        You may appeal within **10 days** of the day you _received a copy_ of the decision. Count from the day you got the copy. Count **calendar days**: weekends and public holidays count too.

        ## Where to appeal
        - To a higher body: the office or official above the one that decided.
        - Or to a court.

        The higher body must decide within 10 days of receiving your complaint (KoAP Art. 826-3, reported).

        As a foreigner, you may go to the courts and state bodies with the same procedural rights as a citizen (Law on the Legal Status of Foreigners, Art. 18).

        ## Your rights in the appeal
        - You may have a defender (a lawyer).
        - You may use your native language. If you do not know the language of the proceedings, or do not know it well enough, you may have an interpreter **free of charge** (KoAP Art. 738, 744).
        - You may present evidence.

        ## What to do now
        1. Write down the date you received the decision.
        2. Write your complaint: which decision, and why you disagree.
        3. Add copies of your evidence, for example receipts or papers.
        4. Hand it in before the 10 days end. Keep a copy of everything you file.

        > [!WARNING]
        > Missed the 10 days? You can ask to restore the deadline. Write a petition, hand it in together with your complaint, and add proof of your good reason, for example a medical paper if you were ill. The deadline is restored only for a good reason. The article of the Code on this is not confirmed.

        Read also [your rights when a protocol is drawn up](article:kz-protocol-rights), [how to file a written appeal](article:kz-written-appeal), [fine deadlines](article:kz-fine-deadline) and [paying fines](article:kz-paying-fines).
