/**
 * Synthetic home postcodes. Outward codes are London and commuter-belt districts, where a
 * metropolitan force's people live; inward codes are drawn at random, so a postcode is a plausible
 * shape rather than anybody's address. Shared postcodes happen (households, flats) and matter to the
 * connected-person rule, so the space is large but finite.
 */
import type { Random } from './random.js';

const londonDistricts = `
  E1 E2 E3 E4 E5 E6 E7 E8 E9 E10 E11 E12 E13 E14 E15 E16 E17 E18 N1 N2 N3 N4 N5 N6 N7 N8 N9 N10 N11 N12 N13 N14 N15
  N16 N17 N18 N19 N20 N21 N22 NW1 NW2 NW3 NW4 NW5 NW6 NW7 NW8 NW9 NW10 NW11 SE1 SE2 SE3 SE4 SE5 SE6 SE7 SE8 SE9 SE10
  SE11 SE12 SE13 SE14 SE15 SE16 SE17 SE18 SE19 SE20 SE21 SE22 SE23 SE24 SE25 SE26 SE27 SE28 SW2 SW4 SW6 SW8 SW9
  SW11 SW12 SW15 SW16 SW17 SW18 SW19 SW20 W3 W4 W5 W7 W12 W13 CR0 CR2 CR4 CR7 BR1 BR2 BR3 BR5 BR6 DA5 DA6 DA15 DA16
  EN1 EN2 EN3 EN5 HA0 HA1 HA2 HA3 HA4 HA8 IG1 IG2 IG3 IG6 IG11 KT1 KT2 KT3 KT6 RM1 RM3 RM7 RM8 RM10 SM1 SM4 SM5
  TW1 TW2 TW3 TW7 TW13 UB3 UB4 UB5 UB6 UB8 UB10
`
  .trim()
  .split(/\s+/);

const commuterDistricts = `
  CM1 CM2 CM11 CM12 SS0 SS14 RH1 RH10 RH11 GU1 GU14 GU21 SL1 SL6 HP1 HP13 AL1 AL10 SG1 SG6 LU1 ME1 ME14 TN1 TN9 DA1
  DA11 DA12 CT1 MK9 RG1 RG12
`
  .trim()
  .split(/\s+/);

/** Letters used in inward codes (Royal Mail never uses C, I, K, M, O or V there). */
const inwardLetters = 'ABDEFGHJLNPQRSTUWXYZ';

export function drawPostcode(random: Random): string {
  const outward = random.chance(0.78) ? random.pick(londonDistricts) : random.pick(commuterDistricts);
  const inward = `${random.int(0, 9)}${inwardLetters[random.int(0, 19)]}${inwardLetters[random.int(0, 19)]}`;
  return `${outward} ${inward}`;
}
