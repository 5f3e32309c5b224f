# Noms des juridictions et des thèmes, fiches à montrer aux agents et contacts d'aide juridique.

## Juridictions

jurisdiction-kz = Kazakhstan
jurisdiction-intl = Droit international

## Thèmes

topic-residence =
    .title = Séjour et enregistrement
    .summary = Combien de temps vous pouvez rester, où vous pouvez vivre, et comment votre séjour et votre adresse sont enregistrés.
topic-work =
    .title = Travail
    .summary = Les permis de travail, les règles qui changent selon votre pays, et ce que devient votre passeport quand vous travaillez.
topic-documents =
    .title = Vos papiers
    .summary = Vos papiers, ce que la loi exige vraiment, et pourquoi garder chaque reçu.
topic-fines =
    .title = Amendes et recours
    .summary = Procès-verbaux, amendes, comment les payer en sécurité et comment les contester.
topic-police =
    .title = Police et agents
    .summary = Contrôles de police, relations avec les agents, et que faire si on vous demande un pot-de-vin.
topic-help =
    .title = Trouver de l'aide
    .summary = Votre consulat, les plaintes, l'aide juridique et vos droits en droit international.

## Fiches à montrer aux agents

card-protocol-rights =
    .title = Mes droits quand un procès-verbal est dressé
    .situation = Montrez cette fiche quand un agent dresse contre vous un procès-verbal d'infraction administrative.
    .text = Selon l'article 744 du Code des infractions administratives de la République du Kazakhstan, j'ai le droit de lire le procès-verbal et le dossier et d'en faire des copies, de donner des explications et de contester le procès-verbal, de présenter des preuves et des requêtes, d'avoir un défenseur, et de me plaindre du procès-verbal et de la décision. Selon les articles 738 et 744 du Code, une personne qui ne connaît pas la langue de la procédure, ou qui ne la connaît pas assez bien, peut parler sa langue maternelle et utiliser gratuitement un interprète. Je vous demande une copie du procès-verbal, et la possibilité d'écrire mes objections dans le procès-verbal. Si je ne comprends pas assez bien la langue de la procédure, je vous demande un interprète dans ma langue maternelle.

card-passport-verification =
    .title = Vérifiez mon passeport original et rendez-le-moi, s'il vous plaît
    .situation = Montrez cette fiche quand vous déposez vos documents pour la résidence permanente, un permis de séjour temporaire ou une carte de séjour, et qu'un agent veut garder votre passeport original.
    .unverified = Les listes officielles de documents (egov.kz et gov.kz, selon l'arrêté n° 992) demandent une copie du passeport et l'original « pour vérification ». Aucun texte que nous avons lu ne dit que l'original est rendu, que seule la copie est versée au dossier, ni si un bureau peut garder l'original pendant le traitement d'une demande. Le paragraphe de l'arrêté n° 992 n'a pas été lu.
    .text = Les listes publiées des documents pour la résidence permanente et pour les permis de séjour temporaire (selon l'arrêté du ministre de l'Intérieur de la République du Kazakhstan n° 992 du 4 décembre 2015, tel que modifié) demandent une copie du passeport et l'original pour vérification. Je vous demande de vérifier mon passeport original, de verser la copie au dossier et de me rendre l'original. Si mon passeport original doit rester chez vous, je vous demande de citer l'acte juridique qui le permet, et de me donner une attestation écrite avec votre nom et votre fonction, la date, et la date à laquelle mon passeport me sera rendu.

card-freedom-of-movement =
    .title = Liberté de circulation : quelle loi m'interdit de vivre ici ?
    .situation = Montrez cette fiche quand un agent vous dit que vous n'avez pas le droit de vivre ou de séjourner dans cette ville ou cette région. Montrez-la seulement si votre séjour au Kazakhstan est légal (séjour sans visa encore valable, visa, permis ou carte de séjour). Elle ne remplace pas l'enregistrement : si votre adresse ici doit être enregistrée, vérifiez qu'elle l'est, par vous ou par votre hôte.
    .unverified = Non confirmé : quel article de la nouvelle Constitution de la République du Kazakhstan (en vigueur depuis le 1er juillet 2026) protège la liberté de circulation et le choix du lieu de résidence. C'est pourquoi la fiche ne cite pas la Constitution. L'article 21 de la Constitution de 1995, cité auparavant, ne s'applique plus.
    .text = Selon l'article 16 de la loi de la République du Kazakhstan sur le statut juridique des étrangers, les étrangers peuvent circuler librement dans les zones ouvertes aux étrangers et choisir leur lieu de résidence selon la procédure fixée par la législation. Selon l'article 12 du Pacte international relatif aux droits civils et politiques, ratifié par la République du Kazakhstan (loi n° 91 du 28 novembre 2005), quiconque se trouve légalement sur le territoire d'un État a le droit d'y circuler librement et d'y choisir librement sa résidence ; ces droits ne peuvent être restreints que par des restrictions prévues par la loi, nécessaires pour protéger la sécurité nationale, l'ordre public, la santé ou la moralité publiques, ou les droits et libertés d'autrui, et compatibles avec les autres droits reconnus par le Pacte. Si vous pensez que je n'ai pas le droit de vivre ou de séjourner ici, je vous demande de citer l'acte juridique et l'article qui l'interdisent, et de me le donner par écrit.

card-extra-papers =
    .title = Quel acte juridique exige ce papier ?
    .situation = Montrez cette fiche quand un agent vous demande un document que les règles ne prévoient pas.
    .text = Selon l'article 3 de la loi de la République du Kazakhstan sur le statut juridique des étrangers, les étrangers sont égaux devant la loi, et selon l'article 18 de cette loi, ils peuvent s'adresser aux organes de l'État avec les mêmes droits de procédure que les citoyens. Je vous demande de citer l'acte juridique, et son article, qui exige le document que vous me demandez. Je vous demande aussi de me donner cette demande par écrit. Je déposerai ma demande par écrit et, selon l'article 64 du Code de procédure administrative de la République du Kazakhstan, je demanderai le récépissé qui confirme qu'elle a été acceptée.

card-interpreter =
    .title = J'ai besoin d'un interprète gratuit
    .situation = Montrez cette fiche quand un agent vous interroge ou dresse un procès-verbal et que vous ne comprenez pas bien la langue.
    .text = Selon les articles 738 et 744 du Code des infractions administratives de la République du Kazakhstan, une personne qui ne connaît pas la langue de la procédure, ou qui ne la connaît pas assez bien, a le droit d'utiliser sa langue maternelle et d'avoir gratuitement un interprète. Je ne comprends pas assez bien la langue de cette procédure. Je vous demande de me donner gratuitement un interprète dans ma langue maternelle, et d'écrire cette demande dans le procès-verbal. Je demande que mes explications soient recueillies uniquement avec l'aide de l'interprète.

card-consulate =
    .title = Prévenez mon consulat
    .situation = Montrez cette fiche si vous êtes détenu ou arrêté et que vous êtes citoyen d'un autre pays. Si vous n'avez aucune nationalité, ne la montrez pas : demandez plutôt qu'on prévienne un proche ou un avocat.
    .text = Selon l'article 36, paragraphe 1, alinéa b, de la Convention de Vienne sur les relations consulaires, je vous demande d'informer sans retard le poste consulaire du pays dont j'ai la nationalité de ma détention, et de lui transmettre sans retard toute lettre que je lui adresse. Selon l'article 36, paragraphe 1, alinéa c, de la Convention, les fonctionnaires consulaires ont le droit de me rendre visite, de s'entretenir et de correspondre avec moi, et de pourvoir à ma représentation en justice. Je vous demande de me dire quand mon consulat a été informé.

card-written-appeal-slip =
    .title = Le récépissé de ma demande
    .situation = Montrez cette fiche quand vous déposez en personne, dans un bureau, une demande écrite ou une plainte.
    .text = Je dépose une demande écrite en personne. Selon l'article 64 du Code de procédure administrative de la République du Kazakhstan, il est interdit de refuser d'accepter une demande, et une personne qui dépose une demande auprès d'un organe de l'État, d'un organe d'autonomie locale ou d'une personne morale de l'État reçoit un récépissé qui indique un numéro unique, la date et l'heure de l'acceptation, ainsi que le nom, les initiales et la fonction de la personne qui l'a acceptée. Je vous demande de me donner ce récépissé.

card-passport-receipt =
    .title = Une attestation que vous gardez mon passeport
    .situation = Montrez cette fiche quand un agent ou un employeur veut garder votre passeport.
    .unverified = Il n'est pas confirmé dans quels cas la police ou un autre bureau peut prendre ou garder un passeport selon les règles actuelles.
    .text = Si mon passeport doit rester chez vous, je vous demande de me donner une attestation écrite qui indique votre nom et votre fonction, le nom de votre bureau ou de votre organisation, la date et l'heure, la raison, l'acte juridique sur lequel cela se fonde, et quand et où mon passeport me sera rendu. Tant que je n'ai pas reçu cette attestation, je vous demande de me rendre mon passeport.

## Contacts d'aide juridique

contact-kibhr =
    .name = Bureau international kazakhstanais pour les droits de l'homme et le respect de la légalité (KIBHR)
    .description = Une organisation de défense des droits de l'homme fondée en 1993. Son siège est à Almaty, et elle a des antennes dans les régions. Elle donne des conseils juridiques et représente les personnes en justice. Site web : bureau.kz.
contact-unhcr-central-asia =
    .name = Représentation régionale du HCR pour l'Asie centrale
    .description = L'agence des Nations unies pour les réfugiés. En 2020, sa représentation régionale pour l'Asie centrale était à Almaty, selon le site web du HCR. Le HCR travaille au Kazakhstan depuis 1995, avec des organisations partenaires qui donnent une aide juridique.
contact-sana-sezim =
    .name = Sana Sezim
    .description = Une organisation partenaire du HCR qui donne une aide juridique aux personnes apatrides.
contact-red-crescent =
    .name = Croissant-Rouge
    .description = Une organisation partenaire du HCR qui donne une aide sociale et médicale.
contact-anti-corruption-1424 =
    .name = Centre d'appel 1424 du Service anticorruption
    .description = Appelez le 1424 pour signaler un cas de corruption, par exemple quand un agent vous demande un pot-de-vin. L'appel est gratuit, et la ligne fonctionne 24 heures sur 24, 7 jours sur 7. Vous pouvez aussi signaler en ligne par un service sur egov.kz, ou par courrier.
