UNWIND $ids AS id
WITH id WHERE NOT EXISTS { MATCH (:Node {id: id}) }
RETURN collect(id)[..5] AS missing
