article-kz-administrative-detention =
    .title = Administrative detention and arrest: your rights
    .summary = The police may hold you for a short time because of an administrative offence. A protocol of detention must be written, and you get a copy. Only a judge can order administrative arrest.
    .keywords = police custody, police station, locked up, jail, jailed, detain, custody time limit, how long police hold, detention record, detention protocol, held for deportation, released, judge, lock-up, holding cell, kept overnight, held too long, detention centre, how many hours
    .unverified = Not confirmed: how long administrative detention may last under the current Code (an earlier code allowed 3 hours in most cases), whether foreigners facing expulsion may be held longer, who must be told about your detention and how fast, whether you have a defender from the first minute, and the longest administrative arrest.
    .body =
        ## What it is
        In **administrative detention** you lose your freedom for a short time, to stop an offence or to deal with your case (Code of Administrative Offences, Art. 787). No one may be detained except on the grounds and in the way the Code sets out (Art. 14).

        ## The protocol of detention
        The officer must write a protocol of detention (Art. 788). It shows:

        - the date, the place and the time, **to the minute**;
        - the officer's post and name;
        - who you are;
        - when, where and why you were detained.

        The officer and you sign it. If you refuse to sign, this is written in it. You must get a **copy**.

        ## How long?
        The limit under the current Code is not confirmed. An earlier code allowed **3 hours** in most cases. Anyone held longer than the law allows must be **released at once** (Art. 14).

        The Migration Law (Art. 60) says a foreigner held for expulsion may be kept only as long as needed, and not more than **30 days**. Whether another rule allows a longer hold is not confirmed.

        ## Your rights
        - You must be told at once **why** you are detained (Art. 14).
        - **Torture**, violence and degrading treatment are **banned**. Damage from unlawful arrest or ill-treatment must be compensated (Art. 14).
        - A **defender** (Art. 744).
        - If you do not know the language of the proceedings, or do not know it well enough: your native language and a free **interpreter** (Art. 744 and 738).
        - Ask that your family or employer be told where you are. An earlier code gave this right on request; the current rule is not confirmed.
        - Ask that your **consulate** be told: see [consular rights](article:kz-consular-rights).

        ## Administrative arrest
        With **administrative arrest**, a penalty, you are locked up for some days. Only a **judge** can order it (Art. 14). The longest arrest is not confirmed. A 2026 news report says that some people cannot be given administrative arrest, for example pregnant women and parents of children under 14.

        You can appeal the judge's decision: see [appealing a court decision](article:kz-court-appeal).

        ## What to do now
        1. Stay calm and do not resist. You can complain later.
        2. Note the time you were stopped. Ask for the officer's name.
        3. Ask for the protocol of detention. Read it. Write what you disagree with. Ask for a copy.
        4. Say that you need a defender and which language you need. Write both on the protocol.
        5. Ask that your family and your consulate be told. Show the card "Inform my consulate".
        6. Afterwards, write down names and times, and complain: see [the prosecutor's office](article:kz-prosecutor-complaint).

        See also [if you are detained](article:kz-detention-rights) and [legal aid](article:kz-legal-aid).
