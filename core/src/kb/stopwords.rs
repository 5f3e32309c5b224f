//! Stop words: the words of a question that say nothing about its subject ("what", "do", "I", «как»,
//! «в»). A query drops them, unless it holds nothing else, so "what do I do if my passport is kept"
//! is searched as "passport kept".
//!
//! Queries do not say their language, so one set serves them all: each language's own short list,
//! compared after the same normalization as index terms (lower case, no diacritics). A word that is
//! a stop word in one language and a subject in another stays out of every list.
use std::collections::HashSet;
use std::sync::OnceLock;

use crate::kb::terms::normalize;

const ENGLISH: &str = "a an the of to in on at for by with from and or but is are was were be been \
    am do does did can could should would will shall may might must i me my we our you your he she \
    it they them his her its their this that these those what which who whom when where why how \
    there here if not no yes so as about into than then have has had get got any some";
const RUSSIAN: &str = "и в во на с со к ко по о об от до за из у для не ни но а или что как где \
    когда почему зачем ли же бы то это этот эта эти мне меня мой моя мои я ты вы мы он она они его \
    её их нас вас нам вам был была было были есть быть если чтобы также уже ещё очень можно нужно \
    надо какой какая какие кто чем при делать сделать могу";
const KAZAKH: &str = "және мен да де ма ме ба бе па пе не қалай қайда қашан неге кім бұл сол осы \
    сен ол біз сіз олар менің сенің оның біздің сіздің үшін бойынша туралы ғой ғана керек қандай бар \
    жоқ істеймін істеу болады бола";
const KYRGYZ: &str = "жана менен да дагы бы би бу не кантип кайда качан эмне эмнеге ким бул ошол \
    мен сен ал биз сиз алар менин сенин анын үчүн боюнча жөнүндө керек кандай бар жок барбы кылам кылуу \
    болот";
const UZBEK: &str = "va bilan ham da uchun bu shu u men sen biz siz ular mening sening nima qanday \
    qayerda qachon nega kim emas kerak edi ekan yoki agar bor yoʻq qilish qilaman mumkin";
const TAJIK: &str = "ва бо дар ба аз то барои ки чӣ чи куҷо кай чаро кӣ ин он ман ту мо шумо онҳо \
    ҳам агар чӣ тавр хел кунам мумкин аст ҳаст нест";
const PERSIAN: &str = "و در به از با که را این آن من تو ما شما او آنها است هست برای تا یا اگر چه چی \
    چرا کجا کی چطور چگونه هم می کنم هست نیست باید";
const ARABIC: &str = "و في من إلى على عن مع ان أن إن هل ما ماذا كيف أين متى لماذا هذا هذه ذلك تلك \
    انا أنا انت أنت نحن هو هي هم او أو ثم قد كان لي لك يمكن ممكن اعمل افعل";
const FRENCH: &str = "le la les un une des de du d l et ou mais est sont être à au aux en dans par \
    pour sur avec ce cet cette ces je j me m mon ma mes tu te ton ta tes il elle on nous vous ils \
    elles leur leurs que qu qui quoi comment où quand pourquoi ne se s y ai as si";

fn stop_words() -> &'static HashSet<String> {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| {
        [
            ENGLISH, RUSSIAN, KAZAKH, KYRGYZ, UZBEK, TAJIK, PERSIAN, ARABIC, FRENCH,
        ]
        .iter()
        .flat_map(|list| list.split_whitespace())
        .map(normalize)
        .collect()
    })
}

/// Whether a query word (as typed) is a stop word in any of the app's languages.
pub fn is_stop_word(word: &str) -> bool {
    stop_words().contains(&normalize(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn question_words_are_stop_words_in_every_language() {
        for word in [
            "What",
            "how",
            "как",
            "Қалай",
            "кантип",
            "nima",
            "чӣ",
            "چطور",
            "كيف",
            "comment",
        ] {
            assert!(is_stop_word(word), "{word}");
        }
    }

    #[test]
    fn subjects_are_not_stop_words() {
        for word in [
            "passport",
            "паспорт",
            "штраф",
            "jarima",
            "патент",
            "جريمة",
            "amende",
            "police",
        ] {
            assert!(!is_stop_word(word), "{word}");
        }
    }
}
