import { findAttribution, findClaimant } from './claimant.js';

describe('findClaimant', () => {
  describe('English', () => {
    it.each([
      ['The Russian Defence Ministry said its forces had taken the village.', 'the Russian Defence Ministry'],
      ['Its forces have taken the village, the Russian Defence Ministry said on Telegram.', 'the Russian Defence Ministry'],
      ['According to the Russian Defence Ministry, 40 drones were downed overnight.', 'the Russian Defence Ministry'],
      ['Forty drones were downed overnight, according to the Ukrainian air force.', 'the Ukrainian air force'],
      ['Kremlin spokesman Dmitry Peskov told reporters on Monday that talks had stalled.', 'Kremlin spokesman Dmitry Peskov'],
      ['The Kremlin denied the reports.', 'the Kremlin'],
      ['The U.S. State Department has repeatedly denied the claim.', 'the U.S. State Department'],
      ['Russia claimed that the dam was blown up by Ukraine.', 'Russia'],
      ['Moscow announced new strikes on energy sites.', 'Moscow'],
      ['NATO stated that no troops would be sent.', 'NATO'],
      ['Officials in Kharkiv say the strike hit a school.', 'Officials in Kharkiv'],
      ['Earlier on Monday, the governor said three people were injured.', 'the governor'],
      ['Russia, which invaded in 2022, says it wants peace.', 'Russia'],
      ['The strike destroyed a school, and the mayor said nobody was hurt.', 'the mayor'],
      ['Ukrainian forces shelled the city, Russian state media reported.', 'Russian state media'],
      ['The bridge was destroyed, said a spokesperson for the regional administration.', 'a spokesperson for the regional administration'],
      ['Nobody was hurt, the emergency service said in a statement.', 'the emergency service'],
    ])('%s → %s', (sentence, claimant) => {
      expect(findClaimant(sentence)).toBe(claimant);
    });

    it('reads the attribution after a quotation', () => {
      expect(findClaimant('“We will not negotiate under fire,” said the ministry.')).toBe('the ministry');
      expect(findClaimant('“We will not negotiate under fire,” Zelensky said.')).toBe('Zelensky');
      expect(findClaimant('"The drones were all shot down," the air force told reporters.')).toBe('the air force');
      expect(findClaimant('“This is a lie,” said Dmitry Peskov, the Kremlin spokesman.')).toBe('Dmitry Peskov');
    });

    it('returns null for a pronoun subject rather than guessing', () => {
      expect(findClaimant('He said the bridge was intact.')).toBeNull();
      expect(findClaimant('They claimed the village was empty.')).toBeNull();
      // the speaker is "he"; the army inside the quote is not the claimant
      expect(findClaimant('“The ministry said nothing, and the army denied it,” he wrote.')).toBeNull();
      expect(findClaimant('«Армия все отрицает», — сказал он.')).toBeNull();
    });

    it('returns null when nothing is attributed', () => {
      expect(findClaimant('Putin is a war criminal.')).toBeNull();
      expect(findClaimant('Reports of explosions came from Odesa overnight.')).toBeNull();
      expect(findClaimant('The claims were false.')).toBeNull();
      expect(findClaimant('')).toBeNull();
    });
  });

  describe('Russian', () => {
    it.each([
      ['«Мы не ведем переговоров под огнем», — заявил Песков.', 'Песков'],
      ['«Мы победим!» — заявил Песков журналистам.', 'Песков'],
      ['Ситуация под контролем, — сообщил губернатор области.', 'губернатор области'],
      ['По словам Пескова, переговоры зашли в тупик.', 'Песков'],
      ['По словам Дмитрия Пескова, переговоры зашли в тупик.', 'Дмитрий Песков'],
      ['По словам Марии Захаровой, это провокация.', 'Мария Захарова'],
      ['По данным Генштаба ВСУ, противник потерял 500 военных.', 'Генштаб ВСУ'],
      ['По мнению экспертов, санкции не работают.', 'экспертов'],
      ['Как сообщает ТАСС со ссылкой на источник, колонна остановилась.', 'ТАСС'],
      ['Как заявил Песков, Россия открыта к диалогу.', 'Песков'],
      ['Песков опроверг сообщения о мобилизации.', 'Песков'],
      ['Ранее пресс-секретарь Кремля Дмитрий Песков заявил, что угрозы нет.', 'пресс-секретарь Кремля Дмитрий Песков'],
      ['В Кремле заявили, что не видят оснований для переговоров.', 'Кремль'],
      ['В Минобороны России сообщили об уничтожении 20 дронов.', 'Минобороны России'],
      ['Ситуация под контролем, считают в Кремле.', 'Кремль'],
      ['Эксперт считает, что санкции не работают.', 'Эксперт'],
      ['Зеленский: «Мы не отдадим Крым».', 'Зеленский'],
    ])('%s → %s', (sentence, claimant) => {
      expect(findClaimant(sentence)).toBe(claimant);
    });

    it('returns null for a pronoun or a headline label before a quote', () => {
      expect(findClaimant('Он заявил, что мост цел.')).toBeNull();
      expect(findClaimant('Срочно: «Взрывы в Киеве».')).toBeNull();
    });
  });

  describe('Ukrainian', () => {
    it.each([
      ['«Ми не віддамо жодного метра», — заявив Зеленський.', 'Зеленський'],
      ['За словами Зеленського, армія тримає оборону.', 'Зеленський'],
      ['За словами Дмитра Кулеби, переговорів не буде.', 'Дмитро Кулеба'],
      ['Як повідомляє Укрінформ, ракета влучила в енергооб’єкт.', 'Укрінформ'],
      ['У Міноборони спростували інформацію про відступ.', 'Міноборони'],
      ['Міноборони Росії спростувало цю інформацію.', 'Міноборони Росії'],
      ['Зеленський наголосив, що Україна не піде на поступки.', 'Зеленський'],
      ['Ворог відступив, повідомив Генштаб ЗСУ.', 'Генштаб ЗСУ'],
      ['Раніше в Офісі президента заявили про нові санкції.', 'Офіс президента'],
    ])('%s → %s', (sentence, claimant) => {
      expect(findClaimant(sentence)).toBe(claimant);
    });
  });
});

describe('findAttribution', () => {
  it('flags a line that only names the source of the previous sentence', () => {
    expect(findAttribution('Об этом сообщил глава МИД Сергей Лавров.')).toEqual({ claimant: 'глава МИД Сергей Лавров', sourceOnly: true });
    expect(findAttribution('Про це повідомили у Міноборони.')).toEqual({ claimant: 'Міноборони', sourceOnly: true });
    expect(findAttribution('This was reported by Reuters.')).toEqual({ claimant: 'Reuters', sourceOnly: true });
    expect(findAttribution('Об этом Песков заявил журналистам.')).toEqual({ claimant: 'Песков', sourceOnly: true });
  });

  it('flags a source line with a pronoun, without a claimant', () => {
    expect(findAttribution('Об этом он сказал на пресс-конференции.')).toEqual({ claimant: null, sourceOnly: true });
  });

  it('does not flag a sentence that carries its own claim', () => {
    expect(findAttribution('Об этом Песков заявил, добавив, что Россия готова к переговорам.').sourceOnly).toBe(false);
    expect(findAttribution('Песков заявил, что Россия готова к переговорам.')).toEqual({ claimant: 'Песков', sourceOnly: false });
  });

  it('ignores leading bullets and emoji', () => {
    expect(findClaimant('⚡️ • Песков заявил, что угрозы нет.')).toBe('Песков');
  });

  it('attributes the same sentences the same way when called thousands of times', () => {
    const sentences = [
      'Kremlin spokesman Dmitry Peskov told reporters on Monday that talks had stalled.',
      '«Мы не ведем переговоров под огнем», — заявил Песков.',
      'За словами Зеленського, армія тримає оборону.',
      'The bridge over the river was destroyed overnight and traffic was stopped for hours.',
    ];
    const first = sentences.map((s) => findClaimant(s));
    for (let i = 0; i < 2500; i++) expect(findClaimant(sentences[i % sentences.length]!)).toBe(first[i % sentences.length]);
  });
});
