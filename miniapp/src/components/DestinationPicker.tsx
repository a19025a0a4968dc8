// Destination: province, then city — except the province-level places (AH-15-1), which are
// chosen as a whole; where the region's policy accepts a whole province (淮安, HA-6 "就医地或省
// 份"), the province itself is offered beside its cities.
// Or type a name: '苏州' offers 江苏省 苏州市 without scrolling 34 provinces.
import { Button, Input, Text, View } from '@tarojs/components';
import { nativeLabel, roleProps } from '../a11y/role';
import type { Division } from '@yidi/shared';
import { useMemo, useState } from 'react';
import {
  cityOptions,
  destinationForCity,
  destinationForProvince,
  provinceOptions,
  searchDestinations,
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
  const [query, setQuery] = useState('');
  const provinces = useMemo(provinceOptions, []);
  const matches = useMemo(() => searchDestinations(query), [query]);
  const searching = query.trim().length > 0;
  const province = provinces.find((p) => p.code === provinceCode);
  const cities = provinceCode ? cityOptions(provinceCode) : [];

  function chooseProvince(next: Division) {
    setProvinceCode(next.code);
    const whole = destinationForProvince(next);
    if (whole) onChange(whole);
  }

  function chooseMatch(division: Division) {
    setQuery('');
    if (division.level === 'PROVINCE') chooseProvince(division);
    else {
      setProvinceCode(division.provinceCode);
      onChange(destinationForCity(division));
    }
  }

  return (
    <View>
      {value && (
        <Text className="title" id="destination-chosen">
          ✔ {zh.filing.destinationLabel}：{value.name}
        </Text>
      )}
      <View className="field">
        <Text className="field-label">{zh.destinationSearch.label}</Text>
        <Input
          id="destination-search"
          className="input"
          type="text"
          value={query}
          placeholder={zh.destinationSearch.placeholder}
          aria-label={zh.destinationSearch.label}
          {...nativeLabel(zh.destinationSearch.label)}
          onInput={(event) => setQuery(event.detail.value)}
        />
      </View>
      {searching && (
        <View
          id="destination-matches"
          {...roleProps('group')}
          aria-label={zh.destinationSearch.resultsLabel}
        >
          {matches.length === 0 && (
            <Text className="hint" id="destination-no-match">
              {zh.destinationSearch.noMatch(query.trim())}
            </Text>
          )}
          {matches.map((match) => (
            <Button
              key={match.division.code}
              id={`destination-match-${match.division.code}`}
              className="button button--secondary"
              onClick={() => chooseMatch(match.division)}
            >
              {match.label}
            </Button>
          ))}
        </View>
      )}
      {!searching && <Text className="field-label">{zh.filing.provinceLabel}</Text>}
      {!searching && (
        <View className="row" {...roleProps('radiogroup')} aria-label={zh.filing.provinceLabel}>
          {provinces.map((p) => (
            <Button
              key={p.code}
              id={`province-${p.code}`}
              {...roleProps('radio')}
              aria-checked={p.code === provinceCode}
              className={p.code === provinceCode ? 'button' : 'button button--secondary'}
              onClick={() => chooseProvince(p)}
            >
              {p.name}
            </Button>
          ))}
        </View>
      )}
      {!searching && province && cities.length === 0 && (
        <Text className="hint">{zh.filing.provinceLevelHint(province.name)}</Text>
      )}
      {!searching && cities.length > 0 && (
        <View>
          <Text className="field-label">{zh.filing.cityLabel}</Text>
          <View className="row" {...roleProps('radiogroup')} aria-label={zh.filing.cityLabel}>
            {wholeProvinceAccepted && province && (
              <Button
                id={`city-${province.code}`}
                {...roleProps('radio')}
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
                {...roleProps('radio')}
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
