// dynamodb-toolbox's EntityRepository, cut to the actions this store uses. The package root and
// EntityRepository import every action (scan, accessPattern, updateAttributes …) — about 40 KB
// more in each Lambda bundle (budget: 300 KB) — so the store imports actions by subpath instead.
// Same method signatures as EntityRepository, so call sites read the same.
import { BatchGetRequest } from 'dynamodb-toolbox/entity/actions/batchGet';
import {
  DeleteItemCommand,
  type DeleteItemOptions,
  type DeleteItemResponse,
} from 'dynamodb-toolbox/entity/actions/delete';
import {
  GetItemCommand,
  type GetItemOptions,
  type GetItemResponse,
} from 'dynamodb-toolbox/entity/actions/get';
import type { Condition } from 'dynamodb-toolbox/entity/actions/parseCondition';
import {
  PutItemCommand,
  type PutItemInput,
  type PutItemOptions,
  type PutItemResponse,
} from 'dynamodb-toolbox/entity/actions/put';
import {
  ConditionCheck,
  type ConditionCheckOptions,
} from 'dynamodb-toolbox/entity/actions/transactCheck';
import {
  DeleteTransaction,
  type DeleteTransactionOptions,
} from 'dynamodb-toolbox/entity/actions/transactDelete';
import {
  PutTransaction,
  type PutTransactionOptions,
} from 'dynamodb-toolbox/entity/actions/transactPut';
import {
  UpdateTransaction,
  type UpdateTransactionOptions,
} from 'dynamodb-toolbox/entity/actions/transactUpdate';
import {
  UpdateItemCommand,
  type UpdateItemInput,
  type UpdateItemOptions,
  type UpdateItemResponse,
} from 'dynamodb-toolbox/entity/actions/update';
import { EntityAction, type Entity, type KeyInputItem } from 'dynamodb-toolbox/entity';
import {
  QueryCommand,
  type Query,
  type QueryOptions,
  type QueryResponse,
} from 'dynamodb-toolbox/table/actions/query';

export class StoreRepository<ENTITY extends Entity = Entity> extends EntityAction<ENTITY> {
  static override actionName = 'repository' as const;

  put<OPTIONS extends PutItemOptions<ENTITY> = PutItemOptions<ENTITY>>(
    item: PutItemInput<ENTITY>,
    options: OPTIONS = {} as OPTIONS,
  ): Promise<PutItemResponse<ENTITY, OPTIONS>> {
    return new PutItemCommand(this.entity, item, options).send();
  }

  get<OPTIONS extends GetItemOptions<ENTITY> = GetItemOptions<ENTITY>>(
    key: KeyInputItem<ENTITY>,
    options: OPTIONS = {} as OPTIONS,
  ): Promise<GetItemResponse<ENTITY, OPTIONS>> {
    return new GetItemCommand(this.entity, key, options).send();
  }

  update<OPTIONS extends UpdateItemOptions<ENTITY> = UpdateItemOptions<ENTITY>>(
    item: UpdateItemInput<ENTITY>,
    options: OPTIONS = {} as OPTIONS,
  ): Promise<UpdateItemResponse<ENTITY, OPTIONS>> {
    return new UpdateItemCommand(this.entity, item, options).send();
  }

  delete<OPTIONS extends DeleteItemOptions<ENTITY> = DeleteItemOptions<ENTITY>>(
    key: KeyInputItem<ENTITY>,
    options: OPTIONS = {} as OPTIONS,
  ): Promise<DeleteItemResponse<ENTITY, OPTIONS>> {
    return new DeleteItemCommand(this.entity, key, options).send();
  }

  query<
    QUERY extends Query<ENTITY['table']>,
    OPTIONS extends QueryOptions<ENTITY['table'], [ENTITY], QUERY> = QueryOptions<
      ENTITY['table'],
      [ENTITY],
      QUERY
    >,
  >(
    query: QUERY,
    options: OPTIONS = {} as OPTIONS,
  ): Promise<QueryResponse<ENTITY['table'], QUERY, [ENTITY], OPTIONS>> {
    // The declared signature is EntityRepository's; TypeScript cannot relate the generic
    // [ENTITY] tuple to QueryCommand's own inference, so the body is cast as the library's is untyped.
    const command = new QueryCommand(this.entity.table, [this.entity], query, options as never);
    return command.send() as Promise<QueryResponse<ENTITY['table'], QUERY, [ENTITY], OPTIONS>>;
  }

  batchGet(key: KeyInputItem<ENTITY>): BatchGetRequest<ENTITY> {
    return new BatchGetRequest(this.entity, key);
  }

  transactPut<OPTIONS extends PutTransactionOptions<ENTITY> = PutTransactionOptions<ENTITY>>(
    item: PutItemInput<ENTITY>,
    options: OPTIONS = {} as OPTIONS,
  ): PutTransaction<ENTITY, OPTIONS> {
    return new PutTransaction(this.entity, item, options);
  }

  transactUpdate<
    OPTIONS extends UpdateTransactionOptions<ENTITY> = UpdateTransactionOptions<ENTITY>,
  >(
    item: UpdateItemInput<ENTITY>,
    options: OPTIONS = {} as OPTIONS,
  ): UpdateTransaction<ENTITY, OPTIONS> {
    return new UpdateTransaction(this.entity, item, options);
  }

  transactDelete<
    OPTIONS extends DeleteTransactionOptions<ENTITY> = DeleteTransactionOptions<ENTITY>,
  >(
    key: KeyInputItem<ENTITY>,
    options: OPTIONS = {} as OPTIONS,
  ): DeleteTransaction<ENTITY, OPTIONS> {
    return new DeleteTransaction(this.entity, key, options);
  }

  transactCheck(
    key: KeyInputItem<ENTITY>,
    condition: Condition<ENTITY>,
    options: ConditionCheckOptions = {},
  ): ConditionCheck<ENTITY> {
    return new ConditionCheck(this.entity, key, condition, options);
  }
}
