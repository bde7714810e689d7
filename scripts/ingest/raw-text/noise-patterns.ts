// The small word lists behind normalize's judgements. The principles (position, length, punctuation,
// repetition) live in line-classes.ts and document-zones.ts; users extend these with `noise:` patterns.

/** Whole-line page furniture: navigation, sharing, comments, "read more". Only tested on short lines. */
export const CHROME: readonly RegExp[] = [
  /^(back to top|kembali ke atas|scroll to (top|continue)|skip to (main )?content|loncat ke konten)$/i,
  /^(lanjutkan membaca|continue reading|read more|baca (juga|selengkapnya)|lihat (juga|selengkapnya)|load more)\b|^(loading|memuat)(\.{3}|…)?$/i,
  /^(share|bagikan|tweet|print|cetak|email|copy link|salin tautan)( (this|ini|on \w+|artikel|berita|link|tautan|via \w+))*\s*:?$/i,
  /^(facebook|twitter|x|whatsapp|telegram|linkedin|line|pinterest|reddit|instagram|youtube|tiktok)$/i,
  /^(\d+\s+)?(komentar|comments?|posting komentar|post a comment|tulis komentar|leave a (comment|reply))$/i,
  /^(advertisement|iklan|sponsored|ads?|konten bersponsor|scroll to continue with content)$/i,
  /^(video|foto|berita|artikel)\s+(pilihan|terkini|terpopuler|populer|terkait|lainnya)(\s+(hari ini|selengkapnya))?$/i,
  /^(populer|terpopuler|trending|terbaru|most (read|popular)|popular|editor'?s picks?|pilihan editor)$/i,
  /^(tags?|topik|kategori|categories|filed under)\s*:/i,
  /^(menu|search|cari|home|beranda|login|masuk|log in|register|daftar)$/i,
];

/** Calls to action (subscribe, follow, download the app): tested on lines of up to ~25 words. */
export const CALL_TO_ACTION =
  /^(subscribe|berlangganan|langganan|sign up|follow us|ikuti kami|download (our|the)|unduh aplikasi|get the app|cek berita)\b/i;

/** A header whose following short lines are links: other articles, or a table of contents repeating the headings. */
export const LINK_LIST_HEADER =
  /^(daftar isi|isi artikel|table of contents|contents|related( articles| stories| posts| news)?|artikel terkait|berita terkait|baca juga|read (also|more)|lihat juga|you may also like|you might also like|explore further|recommended( for you)?|more (stories|news)( from [\w .]+)?|berita (terkini|lainnya)( selengkapnya)?)\s*:?$/i;

/** Legal boilerplate: copyright footers and cookie banners. */
export const BOILERPLATE: readonly RegExp[] = [
  /©|\(c\)\s*\d{4}|\bcopyright\s+(©\s*)?\d{4}|all rights reserved|hak cipta dilindungi|subject to copyright/i,
  /\b(we|this (site|website)|kami|situs ini)\b.{0,40}\b(use|uses|menggunakan)\s+cookies?\b/i,
  /^(accept|reject|manage)( all)?( cookies)?$|^cookie (settings|policy|preferences)$/i,
];

/**
 * Gambling and lottery spam that scrapers inject into articles, sometimes in place of a word mid-sentence.
 * Each match is removed wherever it appears.
 */
export const SPAM: readonly RegExp[] = [
  /\b(?:pengeluaran|keluaran|data|result|live\s*draw|prediksi|paito)\s+(?:hk|sgp|sdy)(?:\s+(?:hari ini|pools|prize|\d{1,4}))?\b/giu,
  /\b(?:pengeluaran|keluaran|live\s*draw|paito)\s+(?:hongkong|singapore|sydney|macau)\b/giu,
  /\b(?:togel|toto\s*gelap|slot\s*(?:gacor|online|maxwin|88|demo)|gacor|maxwin|sbobet|judi\s*(?:online|bola|slot)|bandar\s*(?:togel|judi|bola)|situs\s*(?:slot|judi|togel)|rtp\s*slot|scatter\s*hitam)(?:\s*\d{1,4})?\b/giu,
  /\b(?:casino|kasino)\s+online\b/giu,
];

/** Image captions start with one of these words ("ilustrasi kerjasama", "Foto: Reuters"). */
export const CAPTION_START = /^(ilustrasi|illustration|foto|photo|photograph|gambar|image|picture|kredit|credit)\b/i;

/** A photo credit line: "Photograph by X", "Foto: Antara", "Credit: X". The short line before it is the photo's caption. */
export const CREDIT_LINE =
  /^(?:photograph|photo|foto|image|picture|illustration|ilustrasi|gambar)s?\s+(?:by|oleh)\s|^(?:credit|kredit|foto|photo|sumber foto|image credit)\s*:/i;

/** Image credits at the end of a caption: "(sumber: Freepik)", "(Istimewa)", "(Getty Images)". */
export const CREDIT_END =
  /\((?:(?:sumber|source|foto|photo|dok|doc|kredit|credit|image|gambar)\b\.?\s*:?[^()]{0,60}|istimewa|ist|[\w .&/-]{0,30}\b(?:images|photos?|pictures|shutterstock|freepik|unsplash|pexels|getty|reuters|afp|antara|ap photo)\b[\w .&/-]{0,20})\)$/i;

/** A caption that ends with its credit: "… skulls from the Cleveland Museum. Credit: DrMikeBaxter/Wikipedia". */
export const CREDIT_TAIL =
  /(?:^|[.!?]\s+)(?:image |photo |picture )?(?:credit|kredit|foto|photo)s?\s*:\s*[^.!?]{2,60}$/i;

/** Lines that credit where the text came from: a label with a colon ("Sumber: ..."), then a phrase ("Artikel ini merupakan ..."). */
export const SOURCE_LEAD: readonly [RegExp, RegExp] = [
  /^(sumber|source|sources|referensi|references?|rujukan|daftar pustaka|via|more information|journal information|citation)\s*:/i,
  /^(dikutip dari|disadur dari|diolah dari|artikel ini (merupakan|telah|pertama|disadur|dikutip)|this (article|story) (was|first|originally)|originally (published|appeared)|baca artikel (asli|selengkapnya))\b/i,
];

/** A byline opens with one of these, then the name: "oleh Silvia ...", "By Jane Smith". */
export const BYLINE_LEAD =
  /^(?:oleh|by|penulis|reporter|editor|author|written by|ditulis oleh|pewarta|kontributor)\s*:?\s+/i;

/** Words around a date in a dateline or byline ("Diterbitkan 17 Nov 2023, 12:45 WIB"). */
export const DATE_WORDS =
  /\b(?:diterbitkan|dipublikasikan|diperbarui|terbit|published|updated|last updated|posted|diposting|tanggal|date|pada|on|at|pukul|wib|wita|wit|gmt|utc|bst|est|edt|pst|cet|am|pm|senin|selasa|rabu|kamis|jumat|sabtu|minggu|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d+\s+(?:hours?|minutes?|days?|jam|menit|hari)\s+(?:ago|(?:yang\s+)?lalu))\b/gi;

/** Words of a date that says when it was first published, preferred over "updated". */
export const PUBLISHED_WORDS = /\b(diterbitkan|dipublikasikan|terbit|published|posted|diposting)\b/i;

/** A site speaking about itself: welcome lines, thanks for reading, "about us". */
export const PROMO =
  /\b(selamat datang di|welcome to|terima kasih (telah|sudah) (membaca|berkunjung)|thanks? (you )?for (reading|visiting)|kunjungi (situs|website|laman|blog) kami|tentang kami|about us)\b/i;

/** Domain names, for publishers ("Liputan6.com") and self-promotion. */
export const DOMAIN = /\b(?:[a-z0-9-]+\.)+(?:com|net|org|id|co|info|news|io|tv|biz|edu|gov|uk|au|sg|my|asia)\b/i;
