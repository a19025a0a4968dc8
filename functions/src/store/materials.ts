import {
  BatchGetCommand,
  EntityRepository,
  executeBatchGet,
  executeTransactWrite,
} from 'dynamodb-toolbox';
import type { Entities } from './entities';
import { keys } from './keys';
import { alsoWriteError, partsOf, type AlsoWrite } from './transactions';
import type { MaterialRecord } from './records';
import { INDEX } from './table';

export interface MaterialRepository {
  /** One conditional Put (ids are fresh; a clash is a bug, not a retry). */
  /** One conditional Put (with `also`, one transaction). */
  create(material: MaterialRecord, also?: readonly AlsoWrite[]): Promise<void>;
  get(materialId: string): Promise<MaterialRecord | undefined>;
  /** One BatchGetItem (≤ 100 ids); missing ids are simply absent from the result. */
  getMany(materialIds: string[]): Promise<MaterialRecord[]>;
  /** One Query on GSI1: a person's materials, oldest first. */
  listForPerson(personId: string): Promise<MaterialRecord[]>;
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
  const materials = entities.Material.build(EntityRepository);

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
      try {
        await executeTransactWrite(materials.transactPut(item, onlyIfNew), ...partsOf(also));
      } catch (error) {
        throw alsoWriteError(error, 1, also) ?? error;
      }
    },
    async get(materialId) {
      const { Item } = await materials.get(keys.material(materialId));
      return Item ? toRecord(Item as MaterialItem) : undefined;
    },
    async getMany(materialIds) {
      const unique = [...new Set(materialIds)];
      if (unique.length === 0) return [];
      if (unique.length > 100) throw new RangeError('At most 100 materials per read');
      const command = materials.entity.table
        .build(BatchGetCommand)
        .requests(...unique.map((id) => materials.batchGet(keys.material(id))));
      const { Responses } = await executeBatchGet({ maxAttempts: 5 }, command);
      const [items = []] = Responses ?? [];
      return items.flatMap((item) => (item ? [toRecord(item as MaterialItem)] : []));
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
