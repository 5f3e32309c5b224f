article-intl-keep-copies =
    .title = Keep copies of every document and receipt
    .summary = Copies and photos of your documents and receipts protect you when a paper is lost, kept by an office, or "not on record". Keep them safe, for example in the app's encrypted vault.
    .keywords = photocopy, scan documents, backup, copy of passport, photo of documents, digital copy, vault, passphrase, safekeeping, lost papers, document storage, copy, xerox, photostat, soft copy, hard copy, password, save papers on phone, document safe
    .body =
        ## Why copies matter
        - Offices sometimes keep papers. For permanent residence, the official lists ask for a copy of your passport and the original "for verification".
        - Migrant workers in Kazakhstan have had their passports taken by employers or middlemen, human rights groups report. In 2016 the UN Human Rights Committee named the taking of identity documents among the abuses migrant workers suffer at work.
        - A long-term resident from Mali says he paid a fine, but the migration police later said they had no record of it. The renewal of his residence papers was held up.
        - When you hand in a written appeal, you get a slip. The slip is your proof, so keep it.

        ## What to keep
        - your passport (every page with writing or stamps), visa, permits, residence card and registration papers;
        - every protocol and decision;
        - every receipt for fees and fines;
        - every slip and tear-off receipt;
        - your work contract and your housing papers.

        ## Where to keep them
        - Take photos and save them in the **app's vault**. It is encrypted and locked with your passphrase or PIN.
        - Make a backup of the vault, and keep your passphrase safe. Without it, nobody can open your documents.
        - Keep paper copies in a second safe place, away from the originals.

        > [!TIP]
        > Take the photo on the same day you get the paper. Check that the photo is sharp and that every word can be read.

        ## What to do now
        1. Today, photograph your passport, your permit or residence card, and your newest receipts.
        2. Add them to the app's vault, with the date each was issued and the date it ends.
        3. Make a backup of the vault.
        4. Each time you get a new paper, do the same.

        See also [proof of payment](article:kz-proof-of-payment) and [documents for your family](article:kz-family-documents).
