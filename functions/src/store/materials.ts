import { $set } from 'dynamodb-toolbox/entity/actions/update/symbols';
import { BatchGetCommand } from 'dynamodb-toolbox/table/actions/batchGet';
import { batchGetAll } from './batchGet';
import { readWithLink } from './agentLinks';
import type { Entities } from './entities';
import { personIdOfMaterialId } from './ids';
import { keys } from './keys';
import { StoreRepository } from './storeRepository';
import { writeTransaction, type AlsoWrite } from './transactions';
import type { AgentLinkRecord, MaterialRecord } from './records';
import type { MaterialVerification } from '../security/uploadVerification';
import { INDEX } from './table';

export interface MaterialRepository {
  /** One conditional Put, with `also` one transaction (ids are fresh: a clash is a bug). */
  create(material: MaterialRecord, also?: readonly AlsoWrite[]): Promise<void>;
  get(materialId: string): Promise<MaterialRecord | undefined>;
  /**
   * One strongly consistent BatchGetItem: the material and `userId`'s link to the person its id
   * names. A malformed id reads nothing and finds nothing.
   */
  getForReader(
    materialId: string,
    userId: string,
  ): Promise<{ material?: MaterialRecord; link?: AgentLinkRecord }>;
  /** One BatchGetItem (≤ 100 ids); missing ids are simply absent from the result. */
  getMany(materialIds: string[]): Promise<MaterialRecord[]>;
  /** One Query on GSI1: a person's materials, oldest first. */
  listForPerson(personId: string): Promise<MaterialRecord[]>;
  /**
   * One conditional UpdateItem: the check of the material's stored object. The material's own
   * state change (unchecked → verified/failed), written once per object version.
   */
  recordVerification(materialId: string, verification: MaterialVerification): Promise<void>;
}

type MaterialItem = Omit<MaterialRecord, 'id'> & {
  materialId: string;
  pk: string;
  sk: string;
  gsi1pk: string;
  gsi1sk: string;
};

function toRecord(item: MaterialItem): MaterialRecord {
  const { pk: _pk, sk: _sk, gsi1pk: _gpk, gsi1sk: _gsk, materialId, ...rest } = item;
  return { id: materialId, ...rest };
}

export function dynamoMaterialRepository(entities: Entities): MaterialRepository {
  const materials = entities.Material.build(StoreRepository);

  return {
    async create(material, also = []) {
      const { id, ...rest } = material;
      const item = {
        ...keys.material(id),
        gsi1pk: keys.ownerPartition(material.personId),
        gsi1sk: `MATERIAL#${material.createdAt}#${id}`,
        materialId: id,
        ...rest,
      };
      const onlyIfNew = { condition: { attr: 'pk', exists: false } } as const;
      if (also.length === 0) {
        await materials.put(item, onlyIfNew);
        return;
      }
      await writeTransaction(
        [{ name: 'material', part: materials.transactPut(item, onlyIfNew) }],
        also,
      );
    },
    async get(materialId) {
      const { Item } = await materials.get(keys.material(materialId));
      return Item ? toRecord(Item as MaterialItem) : undefined;
    },
    async getForReader(materialId, userId) {
      const personId = personIdOfMaterialId(materialId);
      if (personId === undefined) return {};
      const { record: material, link } = await readWithLink(
        entities,
        materials.batchGet(keys.material(materialId)),
        (item) => toRecord(item as MaterialItem),
        { userId, personId },
      );
      return { ...(material ? { material } : {}), ...(link ? { link } : {}) };
    },
    async getMany(materialIds) {
      const unique = [...new Set(materialIds)];
      if (unique.length === 0) return [];
      if (unique.length > 100) throw new RangeError('At most 100 materials per read');
      const command = materials.entity.table
        .build(BatchGetCommand)
        .requests(...unique.map((id) => materials.batchGet(keys.material(id))));
      const [items = []] = await batchGetAll(command);
      return items.flatMap((item) => (item ? [toRecord(item as MaterialItem)] : []));
    },
    async recordVerification(materialId, verification) {
      await materials.update(
        {
          ...keys.material(materialId),
          // $set: the verdict replaces any earlier one whole (an `any` value would be merged
          // path by path, which fails when there is none yet). Its typing omits `any` attributes.
          verification: $set(verification) as unknown as MaterialVerification,
        },
        { condition: { attr: 'pk', exists: true } },
      );
    },
    async listForPerson(personId) {
      const { Items = [] } = await materials.query(
        {
          index: INDEX.byOwner,
          partition: keys.ownerPartition(personId),
          range: { beginsWith: 'MATERIAL#' },
        },
        { maxPages: Infinity },
      );
      return Items.map((item) => toRecord(item as MaterialItem));
    },
  };
}
