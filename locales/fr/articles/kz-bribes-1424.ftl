article-kz-bribes-1424 =
    .title = Pots-de-vin : ne payez jamais en liquide, appelez le 1424
    .summary = Ne donnez jamais d'argent liquide à un agent ; vous pouvez signaler une demande de pot-de-vin à la ligne anticorruption 1424, gratuite et ouverte 24 heures sur 24.
    .keywords = pot-de-vin, bakchich, corruption, policier corrompu, racket, dessous-de-table, extorsion, Antikor, signaler la corruption, agent demande argent, cash, tchoko, mouiller la barbe, s'arranger avec la police, numéro vert, dénoncer un agent, payer pour être libéré, argent sans reçu
    .body =
        ## Ne donnez jamais de liquide à un agent
        Des migrants au Kazakhstan ont signalé qu'on leur demandait des pots-de-vin. Ne payez pas.

        - Une amende se paie par les voies officielles, comme la passerelle de paiement d'egov.kz, et vous recevez un reçu.
        - L'argent liquide donné à un agent ne laisse ni reçu ni trace. Vous ne pourrez pas prouver que vous avez payé.

        ## Appelez le 1424
        - Le **1424** est le centre d'appels du Service anticorruption.
        - L'appel est gratuit.
        - Il est ouvert 24 heures sur 24, 7 jours sur 7.
        - Vous pouvez aussi faire un signalement par un service en ligne sur egov.kz, ou par courrier.

        > [!WARNING]
        > Payer en liquide « pour arranger les choses » ne fait pas disparaître le problème. Sans reçu, vous ne pourrez rien prouver plus tard.

        ## Que faire maintenant
        1. Restez calme. Ne résistez pas, et ne payez pas.
        2. Demandez à voir la carte professionnelle de l'agent. Notez le nom, le lieu, la date et l'heure.
        3. Si l'agent dit que vous avez enfreint une règle, demandez que ce soit mis par écrit. Lisez [vos droits lors d'un procès-verbal](article:kz-protocol-rights).
        4. Appelez le 1424 dès que possible et racontez ce qui s'est passé.
        5. Gardez vos notes et tous les papiers qu'on vous a donnés.

        Voir aussi [les contrôles de police](article:kz-police-checks) et [payer une amende](article:kz-paying-fines).
