article-kz-family-documents =
    .title = Documents for your family
    .summary = Each member of your family has their own documents and their own dates. Keep a separate record for each person, and copies of every paper.
    .keywords = children, child, kids, wife, husband, spouse, birth certificate, child residence card, age 16, dependents, expiry date, family member, relatives, son, daughter, baby, children's papers, family records, teenager
    .unverified = The sources behind this article do not cover the rules for children's documents or for the permits of family members. Only the age of 16 for the residence card comes from the rules on permanent residence. Ask the migration police which papers each family member needs.
    .body =
        ## Each person has their own papers
        Each member of your family has their own passport and their own dates: when a document was issued and when it ends. Keep track of them one by one.

        In the app's vault you can keep a separate record for each person. Put each person's documents and receipts under their own name.

        ## Children and the residence card
        For permanent residence, the **residence card** is issued from **age 16**. Before your child turns 16, ask the migration police which papers your child will need.

        ## What we do not know yet
        We have not confirmed the rules for the documents of children under 16, or for the permits of family members. Do not rely on what a friend did: rules change. Ask the office, and ask which legal act applies.

        > [!TIP]
        > Make copies of every family member's documents. Keep paper copies in one safe place, and photos in the app's vault. If a document is lost or kept by an office, the copy helps.

        ## What to do now
        1. In the app's vault, add each family member as a separate person.
        2. Take photos of each person's passport, permit or residence card, and other important papers, such as birth certificates.
        3. Write down every expiry date, and set reminders well before.
        4. Check that your host has reported the stay of every family member: see [host notification](article:kz-host-notification).
        5. Keep the receipts for each person's fees and fines under that person's name.
        6. If an office asks for a paper you think no law requires, see [extra papers](article:kz-extra-papers).

        See also [keep copies of every document](article:intl-keep-copies) and [permanent residence](article:kz-permanent-residence).
