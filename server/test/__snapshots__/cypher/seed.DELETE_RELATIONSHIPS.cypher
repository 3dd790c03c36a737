UNWIND $ids AS id
MATCH (:Node)-[r {id: id}]->(:Node)
DELETE r
