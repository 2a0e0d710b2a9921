import type { Random } from './random';

// Given names, second names and family names as they are found across Indonesia: Javanese,
// Sundanese, Batak, Minang, Minahasa, Balinese, Bugis, Chinese-Indonesian, and Arabic-derived.
const maleGiven = `Agus Ahmad Andi Arif Bambang Bayu Budi Dedi Dimas Eko Fajar Farhan Gilang Hendra
Irfan Joko Kevin Rizky Yusuf Wahyu Teguh Slamet Rudi Reza Putu Made Ketut Nyoman Wayan Gede Ilham
Hafiz Galih Bagas Aditya Arya Bima Danu Dodi Erwin Fikri Guntur Hadi Indra Jefri Krisna Lukman
Mahendra Nanda Oki Panji Raka Satria Taufik Umar Vino Wisnu Yoga Zaki Rendi Surya Hengki Steven
Albert Ferdinand Yohanes Markus Petrus Daniel Samuel Michael Alfian Ridwan Syahrul Haris Imam
Muhammad Rahmat Sutrisno Suparman Sugeng Tono Yudi Iwan Dani Firman Anton`.split(/\s+/);
const femaleGiven = `Sari Dewi Putri Rina Maya Wulan Ayu Citra Fitri Hana Kartika Lestari Mega Nur
Ratna Sinta Tari Wati Yuni Zahra Anisa Aulia Bunga Dian Elsa Febri Gita Indah Intan Jihan Kirana
Laras Melati Nadia Novi Okta Puspita Rahma Salsabila Tiara Utari Vina Winda Yanti Aisyah Nabila
Siti Sri Endang Tuti Wiwik Lina Linda Meilani Grace Maria Theresia Veronika Angelina Stefani Natalia
Jessica Cindy Felicia Komang Rosa Ani Eli Ika Kurniasih Suci Umi Diah Retno Nining
Wening Ajeng Cut Nurul Annisa Amelia Bella Clara`.split(/\s+/);
const maleSecond = `Adi Agung Aji Arief Bagus Dwi Eka Tri Nur Putra Rizki Budi Catur Prasetya Setya
Wira Yudha Dharma Surya Tegar Galang Fajar Cahya Jaya Aditya Bakti`.split(/\s+/);
const femaleSecond = `Ayu Dwi Eka Tri Nur Putri Sri Ratna Dewi Kurnia Indah Mutiara Puspa Sekar
Kusuma Rahayu Melati Cahaya Permata Intan Anggun Dyah Wahyu Fitri Nirmala Asri`.split(/\s+/);
const sharedFamily = `Wijaya Hidayat Santoso Kusuma Nugroho Setiawan Halim Gunawan Susanto Wibowo
Hartono Siregar Simanjuntak Sinaga Nasution Lubis Harahap Tanjung Sitompul Panjaitan Hutapea
Pangaribuan Sembiring Ginting Tarigan Purba Damanik Saragih Manurung Simatupang Wuisan Lumentut
Mandagi Rumondor Pangemanan Sondakh Latuconsina Tuasikal Sahetapy Tanoto Salim Tanjaya Kurniawan
Sutanto Hartanto Widjaja Susilo Purnomo Prasetyo Suryadi Hakim Siswanto Sulistyo Subagyo Suharto
Suwandi Wirawan Yulianto Darmawan Irawan Budiman Effendi Sihombing Situmorang Napitupulu Matondang
Rangkuti Daulay Pohan Chaniago Koto Piliang Sikumbang Pane Mokodompit Pontoh Wowor Rondonuwu
Tumiwa Karamoy Lesmana Gozali Lim Tan Oey Kosasih Hadiwijaya Sasmita Permana Suherman Hermawan`.split(
  /\s+/,
);
const maleFamily = `Saputra Pratama Ramadhan Firmansyah Syahputra Maulana Hakim Nugraha Kurniadi
Wicaksono Pamungkas Adinata Mahardika Perdana Wardhana Prayoga Nurcahyo Hidayatullah Akbar Fauzi`.split(
  /\s+/,
);
const femaleFamily = `Rahmawati Lestari Anggraini Utami Permatasari Wulandari Puspitasari Safitri
Handayani Kartikasari Susanti Yuliani Novitasari Maharani Rahmadani Oktaviani Pertiwi Hapsari
Damayanti Kusumawati`.split(/\s+/);

const distinct = (...lists: string[][]) => [...new Set(lists.flat())];
const male = {
  given: distinct(maleGiven),
  second: distinct(maleSecond),
  family: distinct(sharedFamily, maleFamily),
};
const female = {
  given: distinct(femaleGiven),
  second: distinct(femaleSecond),
  family: distinct(sharedFamily, femaleFamily),
};
type NameParts = typeof male;

/** How many distinct two-word and three-word names one gender's lists can make. */
const space = (parts: NameParts) => ({
  two: parts.given.length * parts.family.length,
  three: parts.given.length * parts.second.length * parts.family.length,
});

/**
 * Hands out full names, each once: two-word ("Sari Rahmawati") and three-word ("Sari Dwi
 * Rahmawati") names of both genders, in a scrambled order so neighbours do not share a first
 * name. Far more than 100,000 are distinct; past that it throws rather than repeat a name.
 */
export function nameBook(random: Random): { next(): string } {
  const used = {
    male: { two: 0, three: 0 },
    female: { two: 0, three: 0 },
  };
  return {
    next() {
      const gender = random.chance(0.5) ? 'male' : 'female';
      const parts = gender === 'male' ? male : female;
      const sizes = space(parts);
      const counter = used[gender];
      const words = random.chance(0.35) && counter.two < sizes.two ? 'two' : 'three';
      if (words === 'three' && counter.three >= sizes.three) throw new Error('Out of names.');
      const slot = scramble(counter[words]++, sizes[words]);
      const family = parts.family[slot % parts.family.length]!;
      const rest = Math.floor(slot / parts.family.length);
      const given = parts.given[rest % parts.given.length]!;
      if (words === 'two') return `${given} ${family}`;
      const second = parts.second[Math.floor(rest / parts.given.length)]!;
      return `${given} ${second} ${family}`;
    },
  };
}

/** A bijection of [0, size): multiplying by a number coprime with size. */
function scramble(index: number, size: number): number {
  let step = Math.floor(size * 0.618_033_988_7) | 1;
  while (gcd(step, size) !== 1) step += 2;
  return (index * step + 7919) % size;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
