// Destination: province, then city — except the province-level places (AH-15-1), which are
// chosen as a whole; where the region's policy accepts a whole province (淮安, HA-6 "就医地或省
// 份"), the province itself is offered beside its cities.
import { Button, Text, View } from '@tarojs/components';
import type { Division } from '@yidi/shared';
import { useMemo, useState } from 'react';
import {
  cityOptions,
  destinationForCity,
  destinationForProvince,
  provinceOptions,
} from '../destination/destinationChoice';
import type { DraftDestination } from '../drafts/filingDraft';
import { zh } from '../i18n/zh';

export function DestinationPicker({
  value,
  onChange,
  wholeProvinceAccepted = false,
}: {
  value?: DraftDestination;
  onChange: (destination: DraftDestination) => void;
  /** The policy's destination.wholeProvinceAccepted (HA-6). */
  wholeProvinceAccepted?: boolean;
}) {
  const [provinceCode, setProvinceCode] = useState<string | undefined>(value?.provinceCode);
  const provinces = useMemo(provinceOptions, []);
  const province = provinces.find((p) => p.code === provinceCode);
  const cities = provinceCode ? cityOptions(provinceCode) : [];

  function chooseProvince(next: Division) {
    setProvinceCode(next.code);
    const whole = destinationForProvince(next);
    if (whole) onChange(whole);
  }

  return (
    <View>
      {value && (
        <Text className="title" id="destination-chosen">
          ✔ {zh.filing.destinationLabel}：{value.name}
        </Text>
      )}
      <Text className="field-label">{zh.filing.provinceLabel}</Text>
      <View className="row" aria-label={zh.filing.provinceLabel}>
        {provinces.map((p) => (
          <Button
            key={p.code}
            id={`province-${p.code}`}
            aria-checked={p.code === provinceCode}
            className={p.code === provinceCode ? 'button' : 'button button--secondary'}
            onClick={() => chooseProvince(p)}
          >
            {p.name}
          </Button>
        ))}
      </View>
      {province && cities.length === 0 && (
        <Text className="hint">{zh.filing.provinceLevelHint(province.name)}</Text>
      )}
      {cities.length > 0 && (
        <View>
          <Text className="field-label">{zh.filing.cityLabel}</Text>
          <View className="row" aria-label={zh.filing.cityLabel}>
            {wholeProvinceAccepted && province && (
              <Button
                id={`city-${province.code}`}
                aria-checked={province.code === value?.code}
                className={province.code === value?.code ? 'button' : 'button button--secondary'}
                onClick={() =>
                  onChange({
                    provinceCode: province.code,
                    code: province.code,
                    name: province.name,
                  })
                }
              >
                {zh.filing.wholeProvince(province.name)}
              </Button>
            )}
            {cities.map((city) => (
              <Button
                key={city.code}
                id={`city-${city.code}`}
                aria-checked={city.code === value?.code}
                className={city.code === value?.code ? 'button' : 'button button--secondary'}
                onClick={() => onChange(destinationForCity(city))}
              >
                {city.name}
              </Button>
            ))}
          </View>
        </View>
      )}
    </View>
  );
}
