article-kz-prosecutor-complaint =
    .title = Complaining to the prosecutor's office
    .summary = A decision that imposes a fine can be appealed only within 10 days of receiving a copy. A complaint against another decision of an office goes to that office within 3 months. The prosecutor's office is a separate route, and you may write to it in any language.
    .keywords = prokuratura, public prosecutor, complaint against official, complain about police, police misconduct, abuse of power, administrative complaint, higher authority, complaint letter, complaint in my language, 3-month deadline, administrative act, procurator, prokuror, report an officer, abuse by officials, officer insulted me, complain about migration police
    .unverified = No deadline for a complaint to the prosecutor's office was found. How long an office has to decide a complaint, and the time limit for going to court after it, are not confirmed.
    .body =
        ## The shortest deadline first
        > [!WARNING]
        > A decision that imposes a fine can be appealed only within **10 days** of the day you receive a copy. Read [appealing a fine](article:kz-appeal-fine) at once.

        ## Two different routes
        ### 1. A complaint to the office that decided
        This is the usual route against a decision of a state body about you (an **administrative act**), or against what an office did or did not do (Administrative Procedural Code, Art. 91–92):

        - You hand it in **to the office whose decision it is**. The higher body decides it.
        - You have **3 months** from the day you learned of the decision.
        - If you missed this for a good reason, such as illness, you can ask for the deadline to be restored (Art. 92).
        - Usually you can go to court only after this complaint (Art. 91, part 5).

        ### 2. The prosecutor's office
        It is not a second office for every complaint. It may take up your appeal in some situations, for example when you cannot protect your rights yourself, or when no other body protects them properly (Constitutional Law On the Prosecutor's Office of 5 November 2022 No. 155-VII, Art. 24). You may write to it in **any language**, including your native language. We found no deadline for it: do not let the 3 months pass while you wait.

        ## What to write
        The Code (Art. 93) lists what a complaint must contain:

        - the name of the body that will decide it;
        - your full name, your IIN, your postal address and the address where you live;
        - which office or official, and which decision or action, you complain about;
        - the facts, and your evidence;
        - the date, your signature, and a list of the papers you add.

        ## What to do now
        1. Write your complaint. Add copies of your papers, not the originals.
        2. Make two copies. Hand in one, and keep the other.
        3. When you hand it in in person, ask for the slip with its number, the date, the time, and the name and position of the person who accepted it. Show the officer card "The slip for my appeal". See [filing a written appeal](article:kz-written-appeal).
        4. Keep the slip and your copy together. Save photos of them in the app's vault.
        5. If an official asked you for money, also call **1424**, the free anti-corruption line.
        6. If you need help to write the complaint, see [legal aid](article:kz-legal-aid).
