/**
 * Name tables for synthetic people. Lists are in rough order of frequency within their origin, so a
 * Zipf-like weight by rank gives a realistic skew: a few very common family names (the ones that make
 * name-only matching unsafe) and a long tail. Invented combinations fill the tail, so no list here is
 * a roll of real people. Accents, apostrophes, spaces and hyphens are deliberate: matchers must fold them.
 */

/** Where a name pool comes from; ethnicity picks a pool, the pool picks names. */
export type NameOrigin =
  'british' | 'irish' | 'southAsian' | 'westAfrican' | 'eastAfrican' | 'eastEuropean' | 'eastAsian' | 'middleEastern' | 'southernEuropean';

const list = (text: string): string[] =>
  text
    .trim()
    .split(/\s*,\s*|\s*\n\s*/)
    .filter(Boolean);

export const familyNames: Record<NameOrigin, string[]> = {
  british: list(`
    Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Johnson, Roberts, Robinson, Thompson, Wright,
    Walker, White, Edwards, Hughes, Green, Hall, Lewis, Harris, Clarke, Jackson, Wood, Turner, Martin, Cooper, Hill, Ward,
    Morris, Moore, Clark, Lee, King, Baker, Harrison, Morgan, Allen, James, Scott, Phillips, Watson, Davis, Parker, Price,
    Bennett, Young, Griffiths, Mitchell, Cook, Carter, Richardson, Bailey, Collins, Bell, Shaw, Miller, Cox, Richards,
    Marshall, Anderson, Simpson, Ellis, Adams, Wilkinson, Foster, Chapman, Powell, Webb, Rogers, Gray, Mason, Hunt,
    Campbell, Matthews, Owen, Palmer, Holmes, Mills, Barnes, Knight, Lloyd, Butler, Russell, Barker, Fisher, Stevens,
    Jenkins, Murray, Dixon, Harvey, Graham, Pearson, Fletcher, Gibson, Howard, Andrews, Stewart, Elliott, Reynolds,
    Saunders, Payne, Fox, Ford, Pearce, Day, Brooks, West, Lawrence, Cole, Atkinson, Bradley, Spencer, Gill, Dawson, Ball,
    Burton, Watts, Rose, Booth, Perry, Grant, Wells, Armstrong, Francis, Rees, Hayes, Hart, Hudson, Newman, Barrett,
    Webster, Hunter, Gregory, Carr, Lowe, Page, Marsh, Riley, Dunn, Woods, Parsons, Berry, Stone, Reid, Holland, Hawkins,
    Harding, Porter, Robertson, Newton, Oliver, Reed, Kennedy, Williamson, Bird, Gardner, Dean, Lane, Cooke, Bates,
    Henderson, Parry, Burgess, Bishop, Walton, Burns, Nicholson, Shepherd, Ross, Cross, Long, Freeman, Warren, Nicholls,
    Hamilton, Sutton, McDonald, Yates, Hodgson, Robson, Curtis, Hopkins, Harper, Coleman, Watkins, Moss, Chambers,
    Griffin, Sharp, Hardy, Wheeler, Potter, Osborne, Johnston, Gordon, Wallace, George, Jordan, Hutchinson, Rowe, May,
    Pritchard, Gilbert, Willis, Higgins, Read, Miles, Stevenson, Stephenson, Hammond, Arnold, Buckley, Walters, Hewitt,
    Barber, Nelson, Slater, Austin, Whitehead, Mann, Frost, Lambert, Stephens, Blake, Akers, Ashworth, Bamford, Bowen,
    Cartwright, Cunningham, Daly, Fleming, Goodwin, Hale, Hobbs, Jarvis, Lucas, Norris, Pike, Quinn, Rhodes, Sanderson,
    Tucker, Vaughan, Whittaker, Ainsworth, Bancroft, ap Rhys, St John, Featherstonehaugh, Llewellyn, Farquharson
  `),
  irish: list(`
    Murphy, Kelly, O'Brien, Byrne, Ryan, O'Connor, O'Neill, Walsh, McCarthy, Doyle, Burke, Sullivan, Gallagher, Brennan,
    Kavanagh, Fitzgerald, O'Donnell, Nolan, Dunne, Keane, Lynch, Maguire, Quigley, Mac Giolla, Ó Súilleabháin, Flanagan
  `),
  southAsian: list(`
    Patel, Khan, Singh, Ali, Ahmed, Hussain, Shah, Kaur, Begum, Akhtar, Mahmood, Iqbal, Rahman, Islam, Chaudhry, Sharma,
    Mistry, Kumar, Gupta, Malik, Bibi, Mirza, Sandhu, Dhillon, Gill, Bhatti, Choudhury, Parmar, Chauhan, Solanki, Joshi,
    Rana, Qureshi, Siddiqui, Hossain, Miah, Uddin, Das, Nair, Pillai, Rao, Reddy, Menon, Bose, Banerjee, Mukherjee,
    Ghosh, Desai, Mehta, Thakkar, Vora, Anand, Grewal, Bains, Sidhu, Johal, Atwal, Virdee
  `),
  westAfrican: list(`
    Okafor, Adeyemi, Mensah, Owusu, Boateng, Asante, Osei, Adebayo, Okonkwo, Nwosu, Eze, Obi, Oyelaran, Adeleke,
    Ogunleye, Babatunde, Akinola, Adewale, Oladipo, Afolabi, Ogundipe, Nwachukwu, Chukwu, Okeke, Uchenna, Ibe, Agyeman,
    Appiah, Amoah, Darko, Ofori, Quaye, Tetteh, Annan, Sesay, Kamara, Koroma, Conteh, Bangura, Jalloh, Diallo, Touré
  `),
  eastAfrican: list(`
    Mohamed, Abdi, Hassan, Warsame, Ibrahim, Ahmed Ali, Farah, Omar, Osman, Yusuf, Aden, Jama, Nur, Hersi, Dahir,
    Tesfaye, Haile, Bekele, Girma, Kiplagat, Otieno, Mwangi, Kamau, Wanjiru, Njoroge, Ochieng, Mugisha, Nsubuga
  `),
  eastEuropean: list(`
    Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski,
    Popescu, Ionescu, Popa, Dumitru, Stan, Novák, Dvořák, Horváth, Kovács, Szabó, Petrov, Ivanov, Georgiev, Dimitrov,
    Kazlauskas, Jankauskas, Bērziņš, Kalniņš, Tamm, Kovač, Horvat, Babić, Jovanović, Petrović
  `),
  eastAsian: list(`
    Wong, Chan, Li, Zhang, Wang, Chen, Liu, Lam, Cheung, Ng, Ho, Leung, Yang, Huang, Zhao, Wu, Zhou, Tran, Nguyen, Pham,
    Le, Kim, Park, Choi, Tanaka, Sato, Suzuki
  `),
  middleEastern: list(`
    Yilmaz, Kaya, Demir, Şahin, Çelik, Aydın, Öztürk, Arslan, Doğan, Haddad, Khoury, Nasser, Saleh, Mansour, Aziz,
    Rahimi, Hosseini, Karimi, Ahmadi, Mohammadi, Jafari, Abbas, Hamid, Qasim, Al-Amin, El-Sayed, Al-Rashid
  `),
  southernEuropean: list(`
    Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, da Silva, Santos, Ferreira, Pereira, Oliveira,
    Costa, Rodrigues, Martins, García, Fernández, González, López, Martínez, Sánchez, Pérez, Nuñez, Papadopoulos,
    Georgiou, Christodoulou, Constantinou, Ioannou
  `),
};

/** Invented British-sounding family names for the long tail (prefix + suffix). */
export const tailPrefixes = list(`
  Ash, Black, Brad, Brom, Cald, Crom, Dun, Fair, Ged, Hal, Hart, Hol, Kirk, Lang, Mar, Mid, Nor, Pen, Red, Rother, Shel,
  Stan, Thorn, Wald, Wen, Whit, Wim, Win, Al, Bar, Bel, Bur, Carl, Chad, Dal, Ever, Far, Gold, Gran, Hay, Hen, Lind, Lyn,
  Mel, Mon, Oak, Ox, Pel, Pres, Rad, Ros, Sel, Sher, Stock, Sun, Tam, Tew, Tre, War, Wes, Bram, Clay, Elm, Fen, Grim,
  Heath, Ing, Ken, Lock, Moor, Nether, Ock, Pad, Quen, Rush, Saw, Tal, Ulls, Vern, Wyn
`);
export const tailSuffixes = list(`
  worth, ford, ley, ton, field, wood, more, by, ham, well, combe, bridge, croft, dale, hurst, stone, wick, shaw, ridge,
  land, don, cott, brook, gate, holme, thorpe, stead, mere, sby, wright
`);

export const givenNames: Record<'female' | 'male', Record<NameOrigin, string[]>> = {
  male: {
    british: list(`
      David, John, Michael, Paul, Andrew, Mark, James, Richard, Robert, Christopher, Stephen, Daniel, Matthew, Thomas,
      Peter, Anthony, Steven, Simon, Gary, Lee, Ian, Craig, Jonathan, Benjamin, Adam, Samuel, Joseph, William, Alexander,
      Nicholas, Timothy, Jamie, Martin, Kevin, Neil, Scott, Jason, Darren, Wayne, Philip, Edward, Luke, Ryan, Oliver,
      Jack, Harry, George, Charles, Henry, Joshua, Nathan, Liam, Aaron, Callum, Dean, Gregory, Kenneth, Ronald,
      Lawrence, Frederick, Patrick, Zachary, Nathaniel, Owen, Gareth, Rhys, Dylan, Elliot, Max, Toby
    `),
    irish: list(`Sean, Patrick, Ciaran, Declan, Eoin, Conor, Niall, Padraig, Cormac, Liam, Aidan, Brendan, Donal, Ronan`),
    southAsian: list(`
      Mohammed, Muhammad, Amir, Imran, Asif, Tariq, Zubair, Sajid, Rajesh, Sanjay, Vikram, Arjun, Ravi, Harpreet,
      Gurpreet, Jaspal, Amandeep, Kamal, Nikhil, Rohan, Sunil, Anil, Faisal, Bilal, Hamza, Yasir, Shahid, Rizwan
    `),
    westAfrican: list(`
      Oluwaseun, Adebayo, Chukwuemeka, Oluwaseyi, Babajide, Kwame, Kofi, Kwabena, Yaw, Emmanuel, Chinedu, Tunde, Femi,
      Segun, Ifeanyi, Obinna, Nnamdi, Abdul, Ibrahim, Mohamed, Samuel, Daniel, Joseph, Michael
    `),
    eastAfrican: list(`Abdi, Mohamed, Ahmed, Hassan, Yusuf, Omar, Abdirahman, Mustafa, Dawit, Tesfaye, Solomon, Daniel, Brian, Kevin`),
    eastEuropean: list(`Piotr, Tomasz, Krzysztof, Paweł, Marcin, Andrei, Mihai, Bogdan, Jakub, Lukas, Marek, Dmitri, Nikolai, Jānis`),
    eastAsian: list(`Wei, Jun, Hao, Ming, Kevin, Jason, Daniel, Minh, Duc, Hyun, Kenji, Hiroshi, Tony, Eric`),
    middleEastern: list(`Mehmet, Mustafa, Ali, Ahmet, Emre, Omar, Khalid, Yousef, Reza, Hamid, Karim, Samir, Tariq, Nabil`),
    southernEuropean: list(`Marco, Luca, Giuseppe, João, Pedro, Tiago, Carlos, José, Javier, Alejandro, Nikos, Giorgos, Andreas`),
  },
  female: {
    british: list(`
      Sarah, Emma, Claire, Nicola, Lisa, Rachel, Laura, Helen, Katherine, Catherine, Elizabeth, Rebecca, Victoria,
      Jennifer, Samantha, Jessica, Amanda, Joanne, Deborah, Susan, Karen, Julie, Louise, Kelly, Michelle, Hannah, Lucy,
      Sophie, Charlotte, Amy, Gemma, Zoe, Natalie, Stephanie, Jane, Alison, Caroline, Margaret, Patricia, Christine,
      Alexandra, Abigail, Eleanor, Josephine, Kimberley, Danielle, Holly, Chloe, Megan, Georgia, Olivia, Emily, Grace,
      Ellie, Jade, Kirsty, Lindsey, Tracy, Dawn, Angela, Heather, Fiona, Joanna, Frances, Rosemary, Harriet, Bethany
    `),
    irish: list(`Siobhan, Niamh, Aoife, Ciara, Roisin, Sinead, Orla, Caoimhe, Maeve, Saoirse, Bridget, Mairead`),
    southAsian: list(`
      Fatima, Aisha, Ayesha, Zainab, Nadia, Saima, Shazia, Rubina, Priya, Anjali, Sunita, Neha, Pooja, Simran,
      Harpreet, Manpreet, Jaspreet, Kiran, Nisha, Sana, Amina, Farah, Rukhsana, Shabana
    `),
    westAfrican: list(`
      Oluwakemi, Folake, Adaeze, Chiamaka, Ngozi, Funmilayo, Abena, Akosua, Ama, Efua, Adwoa, Blessing, Grace, Esther,
      Comfort, Patience, Yewande, Temitope, Bukola, Ifeoma, Fatmata, Mariama, Hawa, Aminata
    `),
    eastAfrican: list(`Amina, Fadumo, Hodan, Sahra, Ifrah, Hibo, Ayaan, Mulu, Selam, Hanna, Wanjiku, Achieng, Faith, Mercy`),
    eastEuropean: list(`Agnieszka, Katarzyna, Magdalena, Joanna, Anna, Ioana, Elena, Andreea, Monika, Petra, Ivana, Olga, Daria, Līga`),
    eastAsian: list(`Mei, Li, Xin, Yan, Jenny, Michelle, Linh, Thao, Ji-woo, Yuki, Haruka, Vivian, Grace, Amy`),
    middleEastern: list(`Ayşe, Fatma, Zeynep, Elif, Leila, Yasmin, Maryam, Noor, Rania, Dina, Shirin, Parisa, Layla, Hala`),
    southernEuropean: list(`Giulia, Francesca, Chiara, Ana, Mariana, Inês, María, Lucía, Carmen, Sofia, Eleni, Maria, Despina`),
  },
};

/**
 * Familiar forms. A person known as "Bob" signs the interests register as Bob and the public name
 * him as Bob in a complaint; HR knows him as Robert. Both directions matter to a matcher.
 */
export const nicknames: Record<string, string[]> = {
  Robert: ['Bob', 'Rob', 'Bobby'],
  William: ['Bill', 'Will', 'Billy'],
  James: ['Jim', 'Jimmy', 'Jamie'],
  John: ['Jack', 'Johnny'],
  Richard: ['Rick', 'Rich', 'Dick'],
  Michael: ['Mike', 'Mick'],
  Thomas: ['Tom', 'Tommy'],
  Christopher: ['Chris'],
  Anthony: ['Tony'],
  Andrew: ['Andy', 'Drew'],
  Daniel: ['Dan', 'Danny'],
  Matthew: ['Matt'],
  David: ['Dave'],
  Stephen: ['Steve'],
  Steven: ['Steve'],
  Joseph: ['Joe'],
  Benjamin: ['Ben'],
  Samuel: ['Sam'],
  Edward: ['Ed', 'Ted', 'Eddie'],
  Jonathan: ['Jon'],
  Nicholas: ['Nick'],
  Timothy: ['Tim'],
  Peter: ['Pete'],
  Alexander: ['Alex', 'Sandy'],
  Patrick: ['Pat', 'Paddy'],
  Gregory: ['Greg'],
  Kenneth: ['Ken'],
  Ronald: ['Ron'],
  Lawrence: ['Larry'],
  Philip: ['Phil'],
  Charles: ['Charlie'],
  Frederick: ['Fred'],
  Henry: ['Harry', 'Hal'],
  Zachary: ['Zach'],
  Nathaniel: ['Nate'],
  Joshua: ['Josh'],
  Oliver: ['Ollie'],
  Nathan: ['Nate'],
  Callum: ['Cal'],
  Katherine: ['Kate', 'Kathy', 'Katie'],
  Catherine: ['Cathy', 'Kate'],
  Elizabeth: ['Liz', 'Beth', 'Lizzie'],
  Margaret: ['Maggie', 'Peggy'],
  Jennifer: ['Jen', 'Jenny'],
  Rebecca: ['Becky', 'Becca'],
  Victoria: ['Vicky', 'Tori'],
  Alexandra: ['Alex', 'Sasha'],
  Samantha: ['Sam'],
  Jessica: ['Jess'],
  Deborah: ['Debbie', 'Deb'],
  Susan: ['Sue'],
  Patricia: ['Pat', 'Trish'],
  Christine: ['Chris', 'Tina'],
  Abigail: ['Abby'],
  Eleanor: ['Ellie', 'Nell'],
  Josephine: ['Jo', 'Josie'],
  Natalie: ['Nat'],
  Amanda: ['Mandy'],
  Kimberley: ['Kim'],
  Nicola: ['Nicky'],
  Joanne: ['Jo'],
  Stephanie: ['Steph'],
  Frances: ['Fran'],
  Rosemary: ['Rosie'],
  Harriet: ['Hattie'],
  Bethany: ['Beth'],
  Mohammed: ['Mo'],
  Muhammad: ['Mo'],
  Oluwaseun: ['Seun'],
  Adebayo: ['Bayo'],
  Chukwuemeka: ['Emeka'],
  Oluwaseyi: ['Seyi'],
  Babajide: ['Jide'],
  Oluwakemi: ['Kemi'],
  Funmilayo: ['Funmi'],
  Emmanuel: ['Manny'],
  Abdirahman: ['Abdi'],
  Krzysztof: ['Krzys'],
  Aleksander: ['Olek'],
  Giuseppe: ['Beppe'],
  Alejandro: ['Alex'],
  Temitope: ['Tope'],
  Ifeanyi: ['Ify'],
  Katarzyna: ['Kasia'],
  Magdalena: ['Magda'],
  Francesca: ['Fran'],
};
