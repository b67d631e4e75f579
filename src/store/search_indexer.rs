//! What the search indexer reports about itself (`search_indexer`, one row per index),
//! so any node can show the fleet's indexing.

use sea_orm::sea_query::OnConflict;
use sea_orm::{ActiveValue::Set, ConnectionTrait, EntityTrait};

use super::entity::search_indexer;
use crate::error::ServiceResult;
use crate::search::IndexerReport;

pub async fn record<C: ConnectionTrait>(db: &C, r: &IndexerReport) -> ServiceResult<()> {
    let row = search_indexer::ActiveModel {
        index_name: Set(r.index.clone()),
        node: Set(r.node.clone()),
        in_flight: Set(r.in_flight),
        documents: Set(r.documents),
        rate: Set(r.rate),
        refusals: Set(r.refusals),
        last_refusal: Set(r.last_refusal.clone()),
        last_refusal_at: Set(r.last_refusal_at),
        updated_at: Set(r.updated_at),
    };
    search_indexer::Entity::insert(row)
        .on_conflict(
            OnConflict::column(search_indexer::Column::IndexName)
                .update_columns([
                    search_indexer::Column::Node,
                    search_indexer::Column::InFlight,
                    search_indexer::Column::Documents,
                    search_indexer::Column::Rate,
                    search_indexer::Column::Refusals,
                    search_indexer::Column::LastRefusal,
                    search_indexer::Column::LastRefusalAt,
                    search_indexer::Column::UpdatedAt,
                ])
                .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    Ok(())
}

/// Every index's last report.
pub async fn all<C: ConnectionTrait>(db: &C) -> ServiceResult<Vec<IndexerReport>> {
    Ok(search_indexer::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|m| IndexerReport {
            index: m.index_name,
            node: m.node,
            in_flight: m.in_flight,
            documents: m.documents,
            rate: m.rate,
            refusals: m.refusals,
            last_refusal: m.last_refusal,
            last_refusal_at: m.last_refusal_at,
            updated_at: m.updated_at,
        })
        .collect())
}
